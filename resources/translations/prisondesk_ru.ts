<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action to the plan</source>
        <translation>Добавить мероприятие в план</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>&amp;In words</source>
        <translation>&amp;Пояснение</translation>
    </message>
    <message>
        <source>W&amp;orkshop</source>
        <translation>&amp;Мастерская</translation>
    </message>
    <message>
        <source>Ow&amp;ner</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <source>— choose later —</source>
        <translation>— выбрать позже —</translation>
    </message>
</context>
<context>
    <name>AdmissionWizard</name>
    <message>
        <source>Open the existing file</source>
        <translation>Открыть существующее дело</translation>
    </message>
    <message>
        <source>New admission</source>
        <translation>Новый приём</translation>
    </message>
    <message>
        <source>Admission {number}</source>
        <translation>Приём {number}</translation>
    </message>
    <message>
        <source>Note the injuries, or tick that none were seen.</source>
        <translation>Запишите телесные повреждения или отметьте, что их не обнаружено.</translation>
    </message>
    <message>
        <source>Tick that the rules and rights were explained.</source>
        <translation>Отметьте, что правила и права разъяснены.</translation>
    </message>
    <message>
        <source>Still missing: {parts}.</source>
        <translation>Ещё не хватает: {parts}.</translation>
    </message>
    <message>
        <source>Close the admission? The draft is kept as saved at the last step: continue it from the registry. What was typed on this step since is lost.</source>
        <translation>Закрыть приём? Черновик сохранён на последнем пройденном шаге: продолжите его из реестра. Введённое на этом шаге после сохранения будет потеряно.</translation>
    </message>
    <message>
        <source>Close the file? The steps saved are kept; what was typed on this step since is lost.</source>
        <translation>Закрыть дело? Сохранённые шаги остаются; введённое на этом шаге после сохранения будет потеряно.</translation>
    </message>
    <message>
        <source>Close the admission? Nothing has been saved yet.</source>
        <translation>Закрыть приём? Пока ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate a place</source>
        <translation>Выделение места</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Дата начала</translation>
    </message>
    <message>
        <source>Pay &amp;band</source>
        <translation>&amp;Разряд</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>Work, no training programme</source>
        <translation>Работа, без учебной программы</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Risk and needs assessment</source>
        <translation>Оценка рисков и потребностей</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>&amp;Следующий пересмотр</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>&amp;Направить на утверждение</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Уровень</translation>
    </message>
    <message>
        <source>Why another le&amp;vel</source>
        <translation>&amp;Причина другого уровня</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>У&amp;твердить</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Вернуть на &amp;доработку…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>C&amp;hanges, notes and steps</source>
        <translation>&amp;Изменения, записи и шаги</translation>
    </message>
    <message>
        <source>{prisoner} — {instrument}, version {version} ({status})</source>
        <translation>{prisoner} — {instrument}, версия {version} ({status})</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— нет ответа —</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Risk total: {total}</source>
        <translation>Сумма баллов риска: {total}</translation>
    </message>
    <message>
        <source>Level by the instrument: {level}</source>
        <translation>Уровень по инструменту: {level}</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Потребности: {needs}</translation>
    </message>
    <message numerus="yes">
        <source>Questions still to answer: %n</source>
        <translation>
            <numerusform>Вопросов без ответа: %n</numerusform>
            <numerusform>Вопросов без ответа: %n</numerusform>
            <numerusform>Вопросов без ответа: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved level: {level}</source>
        <translation>Утверждённый уровень: {level}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>Changed: {item}: {before} → {after}</source>
        <translation>Изменено: {item}: {before} → {after}</translation>
    </message>
    <message>
        <source>Note of {when}, {who}: {text}</source>
        <translation>Запись от {when}, {who}: {text}</translation>
    </message>
</context>
<context>
    <name>AssessmentSettingsTab</name>
    <message>
        <source>&amp;Days after admission for the first assessment</source>
        <translation>Срок первичной оценки, &amp;дней после приёма</translation>
    </message>
    <message>
        <source>Wing suggested for lo&amp;w security</source>
        <translation>Блок для &amp;низкого уровня безопасности</translation>
    </message>
    <message>
        <source>Wing suggested for &amp;medium security</source>
        <translation>Блок для с&amp;реднего уровня безопасности</translation>
    </message>
    <message>
        <source>Wing suggested for &amp;high security</source>
        <translation>Блок для &amp;высокого уровня безопасности</translation>
    </message>
    <message>
        <source>— no suggestion —</source>
        <translation>— не предлагать —</translation>
    </message>
    <message>
        <source>Sa&amp;ve the assessment rules</source>
        <translation>Со&amp;хранить правила оценки</translation>
    </message>
    <message>
        <source>A prisoner should have a first risk and needs assessment within these days of admission; the assessments due list names those who have none. When an assessment is approved, the wing of its security level is suggested.</source>
        <translation>Первичная оценка рисков и потребностей проводится в течение указанного числа дней после приёма осуждённого; в списке оценок к проведению указаны те, у кого её ещё нет. При утверждении оценки предлагается блок, соответствующий её уровню безопасности.</translation>
    </message>
    <message>
        <source>The value shown is an example: set your facility's own.</source>
        <translation>Показанное значение — пример: установите значение вашего учреждения.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Assessments due</source>
        <translation>Оценки к проведению</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting approval (%n)</source>
        <translation>
            <numerusform>Ожидают утверждения (%n)</numerusform>
            <numerusform>Ожидают утверждения (%n)</numerusform>
            <numerusform>Ожидают утверждения (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews overdue (%n)</source>
        <translation>
            <numerusform>Пересмотр просрочен (%n)</numerusform>
            <numerusform>Пересмотр просрочен (%n)</numerusform>
            <numerusform>Пересмотр просрочен (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (%n)</source>
        <translation>
            <numerusform>Срок скоро (%n)</numerusform>
            <numerusform>Срок скоро (%n)</numerusform>
            <numerusform>Срок скоро (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet assessed (%n)</source>
        <translation>
            <numerusform>Ещё не оценены (%n)</numerusform>
            <numerusform>Ещё не оценены (%n)</numerusform>
            <numerusform>Ещё не оценены (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Дней ожидания</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Days since admission</source>
        <translation>Дней после приёма</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message numerus="yes">
        <source>A first assessment is due within %n days of admission.</source>
        <translation>
            <numerusform>Первичная оценка проводится в течение %n дня после приёма.</numerusform>
            <numerusform>Первичная оценка проводится в течение %n дней после приёма.</numerusform>
            <numerusform>Первичная оценка проводится в течение %n дней после приёма.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Сначала выберите строку.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
        <source>&amp;Open the assessment</source>
        <translation>&amp;Открыть оценку</translation>
    </message>
    <message>
        <source>Actions from the n&amp;eeds</source>
        <translation>Мероприятия по по&amp;требностям</translation>
    </message>
    <message>
        <source>Add an ac&amp;tion…</source>
        <translation>&amp;Добавить мероприятие…</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>&amp;Ход выполнения…</translation>
    </message>
    <message>
        <source>Re&amp;view the plan…</source>
        <translation>Пересмотр п&amp;лана…</translation>
    </message>
    <message>
        <source>Print the p&amp;lan</source>
        <translation>&amp;Распечатать план</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Последняя запись</translation>
    </message>
    <message>
        <source>Assessments and plans are read by social workers, psychologists and supervisors.</source>
        <translation>Оценки и планы доступны социальным работникам, психологам и начальникам отрядов.</translation>
    </message>
    <message>
        <source>Classification: {level} risk, {security}, {conditions}{wing} ({day})</source>
        <translation>Классификация: уровень риска — {level}, {security}, {conditions}{wing} ({day})</translation>
    </message>
    <message>
        <source>, wing suggested: {wing}</source>
        <translation>, предлагаемый блок: {wing}</translation>
    </message>
    <message>
        <source>Not classified yet: no approved assessment.</source>
        <translation>Классификации ещё нет: нет утверждённой оценки.</translation>
    </message>
    <message>
        <source>Rehabilitation plan, next review {day}</source>
        <translation>План реабилитации, следующий пересмотр — {day}</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>План реабилитации</translation>
    </message>
    <message>
        <source>Choose an assessment first.</source>
        <translation>Сначала выберите оценку.</translation>
    </message>
    <message numerus="yes">
        <source>Actions added: %n.</source>
        <translation>
            <numerusform>Добавлено мероприятий: %n.</numerusform>
            <numerusform>Добавлено мероприятий: %n.</numerusform>
            <numerusform>Добавлено мероприятий: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The action is added.</source>
        <translation>Мероприятие добавлено.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Сначала выберите мероприятие.</translation>
    </message>
    <message>
        <source>Progress recorded.</source>
        <translation>Ход выполнения записан.</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <translation>Пересмотр записан.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Desks that worked apart may have put one seal on two parcels still here, or ended one parcel in two ways. Open each, find the parcel and record what really happened.</source>
        <translation>Рабочие места, работавшие без связи друг с другом, могли поставить одну пломбу на две посылки, которые ещё находятся в учреждении, или записать для одной посылки два разных исхода. Откройте каждую запись, найдите посылку и отметьте, что произошло на самом деле.</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>One seal on two parcels</source>
        <translation>Одна пломба на двух посылках</translation>
    </message>
    <message>
        <source>Ended in two ways</source>
        <translation>Два разных исхода</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>&amp;Back up to a folder…</source>
        <translation>Создать &amp;копию в папке…</translation>
    </message>
    <message>
        <source>Show backups in a &amp;folder…</source>
        <translation>Копии в &amp;другой папке…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>Cancel the &amp;pending restore</source>
        <translation>&amp;Отменить ожидающее восстановление</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Папка данных</translation>
    </message>
    <message>
        <source>{file} will be restored when PrisonDesk starts next (asked for by {user}).</source>
        <translation>{file} будет восстановлена при следующем запуске PrisonDesk (запросил {user}).</translation>
    </message>
    <message>
        <source>Show the backups in a folder</source>
        <translation>Показать резервные копии в папке</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Резервная копия в папку</translation>
    </message>
    <message>
        <source>Backup written: {file} in {folder}.</source>
        <translation>Резервная копия записана: {file} в {folder}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Резервные копии (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {file}?

When PrisonDesk starts next, this desk's database is replaced by the backup: what was entered here since it was made is gone from this desk (changes not yet sent and the audit trail are kept; the rest comes back from the central server if this desk syncs). The replaced database is kept in the backups folder as a “before a restore” backup.</source>
        <translation>Восстановить {file}?

При следующем запуске PrisonDesk база данных этого рабочего места будет заменена резервной копией: всё, что внесено здесь после её создания, исчезнет с этого места (ещё не отправленные изменения и журнал аудита сохраняются; остальное вернётся с центрального сервера, если место синхронизируется). Заменённая база сохраняется в папке резервных копий как копия «перед восстановлением».</translation>
    </message>
    <message>
        <source>The backup was checked and will be restored at the next start. Close PrisonDesk (Session → Quit) and start it again.</source>
        <translation>Резервная копия проверена и будет восстановлена при следующем запуске. Закройте PrisonDesk (Сеанс → Закрыть программу) и запустите снова.</translation>
    </message>
    <message>
        <source>Close PrisonDesk now? The backup is restored when it starts again.</source>
        <translation>Закрыть PrisonDesk сейчас? Копия будет восстановлена при следующем запуске.</translation>
    </message>
    <message>
        <source>The pending restore was cancelled.</source>
        <translation>Ожидающее восстановление отменено.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>not on the approved list</source>
        <translation>нет в утверждённом списке</translation>
    </message>
    <message>
        <source>banned then</source>
        <translation>в это время запрет</translation>
    </message>
    <message>
        <source>Type the day of the visit.</source>
        <translation>Введите день свидания.</translation>
    </message>
    <message>
        <source>{date} has passed.</source>
        <translation>День {date} уже прошёл.</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Запись на свидание</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>Who &amp;comes</source>
        <translation>&amp;Кто придёт</translation>
    </message>
    <message>
        <source>&amp;Lead visitor</source>
        <translation>&amp;Главный посетитель</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>&amp;Print pass…</source>
        <translation>&amp;Печать пропуска…</translation>
    </message>
    <message>
        <source>&amp;Save pass as PDF…</source>
        <translation>&amp;Сохранить пропуск в PDF…</translation>
    </message>
    <message>
        <source>{starts}–{ends} · {kind} · {room} · {free} free</source>
        <translation>{starts}–{ends} · {kind} · {room} · свободно: {free}</translation>
    </message>
    <message>
        <source>no visiting time left that day</source>
        <translation>в этот день свободного времени нет</translation>
    </message>
    <message>
        <source>Choose a time on {date}.</source>
        <translation>Выберите время на {date}.</translation>
    </message>
    <message>
        <source>Choose a day with a free visiting time.</source>
        <translation>Выберите день со свободным временем свиданий.</translation>
    </message>
    <message>
        <source>Booked: pass {number}.</source>
        <translation>Записано: пропуск {number}.</translation>
    </message>
    <message>
        <source>Left out: {people}.</source>
        <translation>Не включены: {people}.</translation>
    </message>
    <message>
        <source>Save pass</source>
        <translation>Сохранить пропуск</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>{subject}: {count} visits booked for {limit} places</source>
        <translation>{subject}: записано свиданий — {count}, мест — {limit}</translation>
    </message>
    <message>
        <source>{subject}: {count} visits at the same time</source>
        <translation>{subject}: свиданий в одно время — {count}</translation>
    </message>
    <message>
        <source>{subject}: {count} visits of this kind ({kind}) in the month, {limit} allowed</source>
        <translation>{subject}: свиданий этого вида ({kind}) в месяце — {count}, положено — {limit}</translation>
    </message>
    <message>
        <source>{subject}: visits booked on a day without visits ({detail})</source>
        <translation>{subject}: свидания записаны на день без свиданий ({detail})</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Предыдущая неделя</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Следующая неделя ▶</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>&amp;Book a visit at this time…</source>
        <translation>&amp;Записать на это время…</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit</source>
        <translation>&amp;Отменить свидание</translation>
    </message>
    <message>
        <source>Booked beyond the rules (after desks synced)</source>
        <translation>Записано сверх правил (после синхронизации рабочих мест)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <source>Pass · prisoner</source>
        <translation>Пропуск · осуждённый</translation>
    </message>
    <message>
        <source>Cancel the chosen visit</source>
        <translation>Отменить выбранное свидание</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (сегодня)</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>нет свиданий</translation>
    </message>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{taken} из {capacity}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>свободно: {free}</translation>
    </message>
    <message>
        <source>Choose a visiting time in the calendar.</source>
        <translation>Выберите время свидания в календаре.</translation>
    </message>
    <message>
        <source>{day}, {starts}–{ends}, {room}: {taken} of {capacity} booked</source>
        <translation>{day}, {starts}–{ends}, {room}: записано {taken} из {capacity}</translation>
    </message>
    <message>
        <source>Choose the visit to cancel.</source>
        <translation>Выберите свидание, которое нужно отменить.</translation>
    </message>
    <message>
        <source>Write the reason for cancelling.</source>
        <translation>Укажите причину отмены.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>You logged in with a temporary password. Choose your own password now.</source>
        <translation>Вы вошли с временным паролем. Задайте сейчас свой пароль.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Задайте новый пароль.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Новые пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Mandela Rules compliance</source>
        <translation>Соблюдение Правил Манделы</translation>
    </message>
    <message>
        <source>Prisoners whose admission lacks what Rules 7, 8 and 54-55 require, and admissions left as drafts for more than a day. Double-click a row to open the file.</source>
        <translation>Осуждённые, в деле которых при приёме нет того, что требуют Правила 7, 8 и 54–55, и приёмы, оставленные черновиком дольше суток. Дважды щёлкните строку, чтобы открыть дело.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Часть тела</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Files to complete</source>
        <translation>Дела для дополнения</translation>
    </message>
    <message>
        <source>Medical notices</source>
        <translation>Сообщения медслужбе</translation>
    </message>
    <message>
        <source>Complains of ill-treatment: {text}</source>
        <translation>Жалоба на жестокое обращение: {text}</translation>
    </message>
    <message>
        <source>Files to complete: {n}</source>
        <translation>Дел для дополнения: {n}</translation>
    </message>
    <message>
        <source>(the first {n}; complete these to see more)</source>
        <translation>(первые {n}; дополните их, чтобы увидеть остальные)</translation>
    </message>
</context>
<context>
    <name>ConfiscationsPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Запрещённый предмет</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Куда направлено</translation>
    </message>
    <message>
        <source>Note and officer</source>
        <translation>Примечание и сотрудник</translation>
    </message>
    <message>
        <source>Type both days: dd.mm.yyyy.</source>
        <translation>Введите обе даты: дд.мм.гггг.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) confiscated.</source>
        <translation>
            <numerusform>Изъят %n предмет.</numerusform>
            <numerusform>Изъято %n предмета.</numerusform>
            <numerusform>Изъято %n предметов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Fa&amp;mily</source>
        <translation>&amp;Семья</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>Family and next of kin</source>
        <translation>Семья и ближайшие родственники</translation>
    </message>
    <message>
        <source>Who is told of admission, transfer, serious illness or death (Rule 68).</source>
        <translation>Кого уведомляют о приёме, переводе, тяжёлой болезни или смерти (Правило 68).</translation>
    </message>
    <message>
        <source>Contacts are listed below</source>
        <translation>Контакты указаны ниже</translation>
    </message>
    <message>
        <source>What is known, in the prisoner's words</source>
        <translation>Что известно, со слов осуждённого</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Ближайший родственник</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation>Календарь (F4)</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy, for example 01.11.2026.</source>
        <translation>Введите дату в виде дд.мм.гггг, например 01.11.2026.</translation>
    </message>
    <message>
        <source>{date} is too long ago.</source>
        <translation>{date} — слишком давно.</translation>
    </message>
    <message>
        <source>{date} is not a date: there is no such day.</source>
        <translation>{date} — не дата: такого дня нет.</translation>
    </message>
</context>
<context>
    <name>EndPlaceDialog</name>
    <message>
        <source>End the place</source>
        <translation>Освобождение места</translation>
    </message>
    <message>
        <source>{number}  {name}: {workshop} since {day}</source>
        <translation>{number}  {name}: {workshop} с {day}</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Последний &amp;день</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>Прим&amp;ечание</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Выберите причину…</translation>
    </message>
</context>
<context>
    <name>GateDeskPage</name>
    <message>
        <source>Gate: visits</source>
        <translation>КПП: свидания</translation>
    </message>
    <message>
        <source>Scan a visit pass…</source>
        <translation>Отсканируйте пропуск на свидание…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Впустить</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>В&amp;ыпустить</translation>
    </message>
    <message>
        <source>Loc&amp;ker</source>
        <translation>Я&amp;чейка</translation>
    </message>
    <message>
        <source>I&amp;tems left at the gate</source>
        <translation>В&amp;ещи, сданные на КПП</translation>
    </message>
    <message>
        <source>Save today's gate lo&amp;g…</source>
        <translation>Сохранить &amp;журнал КПП за сегодня…</translation>
    </message>
    <message>
        <source>Close the &amp;day…</source>
        <translation>Закрыть &amp;день…</translation>
    </message>
    <message>
        <source>Pass lost? Find the visitor by name (Ctrl+F):</source>
        <translation>Пропуск утерян? Найдите посетителя по имени (Ctrl+F):</translation>
    </message>
    <message>
        <source>Surname and name…</source>
        <translation>Фамилия и имя…</translation>
    </message>
    <message>
        <source>This is not a pass code. Scan the barcode on the pass or type the code printed under it; if the pass is lost, find the visitor by name.</source>
        <translation>Это не код пропуска. Отсканируйте штрихкод пропуска или наберите код, напечатанный под ним; если пропуск утерян, найдите посетителя по имени.</translation>
    </message>
    <message>
        <source>A pass was scanned into another field or window: nothing was recorded. Clear what the scanner typed there, close the window or click the scan field, and scan again.</source>
        <translation>Пропуск отсканирован в другое поле или окно: ничего не записано. Сотрите то, что ввёл сканер, закройте окно или щёлкните поле сканирования и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The same pass was scanned twice: the second scan was ignored.</source>
        <translation>Один и тот же пропуск отсканирован дважды: второе сканирование пропущено.</translation>
    </message>
    <message>
        <source>BANNED: {names}. Do not let them in.</source>
        <translation>ЗАПРЕТ: {names}. Не пропускать.</translation>
    </message>
    <message>
        <source>This visit was cancelled: its pass only lets out those still inside. Scan it again or press Check out.</source>
        <translation>Это свидание отменено: по пропуску можно только выпустить тех, кто ещё внутри. Отсканируйте его ещё раз или нажмите «Выпустить».</translation>
    </message>
    <message>
        <source>This pass is for {day}: it only lets out those still inside. Scan it again or press Check out.</source>
        <translation>Этот пропуск на {day}: по нему можно только выпустить тех, кто ещё внутри. Отсканируйте его ещё раз или нажмите «Выпустить».</translation>
    </message>
    <message>
        <source>Inside now. Scan the pass again or press Check out to let them out.</source>
        <translation>Сейчас внутри. Отсканируйте пропуск ещё раз или нажмите «Выпустить».</translation>
    </message>
    <message>
        <source>Check the documents, then press Check in.</source>
        <translation>Проверьте документы, затем нажмите «Впустить».</translation>
    </message>
    <message>
        <source>{kind}, {day}, {starts}–{ends}</source>
        <translation>{kind}, {day}, {starts}–{ends}</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(ребёнок)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>внутри</translation>
    </message>
    <message>
        <source>BANNED: {reason}</source>
        <translation>ЗАПРЕТ: {reason}</translation>
    </message>
    <message>
        <source>locker {lockers}</source>
        <translation>ячейка {lockers}</translation>
    </message>
    <message>
        <source>Hand back: {things}.</source>
        <translation>Вернуть: {things}.</translation>
    </message>
    <message>
        <source>Children inside without an adult of their visit: {names}. Do not leave them alone: an adult of the visit must be inside.</source>
        <translation>Дети на территории без взрослого из их свидания: {names}. Не оставляйте их одних: взрослый из этого свидания должен находиться внутри.</translation>
    </message>
    <message>
        <source>Checked in. Scan the pass again when they leave.</source>
        <translation>Впущены. Отсканируйте пропуск ещё раз, когда будут уходить.</translation>
    </message>
    <message>
        <source>Visit {number} finished: {outcome}.</source>
        <translation>Свидание {number} завершено: {outcome}.</translation>
    </message>
    <message>
        <source>No visit today for that name.</source>
        <translation>На это имя сегодня свиданий нет.</translation>
    </message>
    <message>
        <source>Choose the visit, then check the documents carefully.</source>
        <translation>Выберите свидание, затем внимательно проверьте документы.</translation>
    </message>
    <message>
        <source>Save today's gate log</source>
        <translation>Сохранить журнал КПП за сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Gate log saved: %n visit(s).</source>
        <translation>
            <numerusform>Журнал КПП сохранён: %n свидание.</numerusform>
            <numerusform>Журнал КПП сохранён: %n свидания.</numerusform>
            <numerusform>Журнал КПП сохранён: %n свиданий.</numerusform>
        </translation>
    </message>
    <message>
        <source>no adult inside</source>
        <translation>взрослого внутри нет</translation>
    </message>
    <message>
        <source>Inside now. Press Check out to let them out.</source>
        <translation>Сейчас внутри. Нажмите «Выпустить», чтобы выпустить.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <source>Every visit of today that is over and that nobody came to will be recorded as not arrived. Close the day?</source>
        <translation>Каждое сегодняшнее свидание, которое уже закончилось и на которое никто не пришёл, будет отмечено как «не явились». Закрыть день?</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded as not arrived.</source>
        <translation>
            <numerusform>%n свидание отмечено как «не явились».</numerusform>
            <numerusform>%n свидания отмечены как «не явились».</numerusform>
            <numerusform>%n свиданий отмечено как «не явились».</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit had to be recorded as not arrived.</source>
        <translation>Ни одно свидание не пришлось отметить как «не явились».</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) not over yet were left open.</source>
        <translation>
            <numerusform>%n ещё не закончившееся свидание оставлено открытым.</numerusform>
            <numerusform>%n ещё не закончившихся свидания оставлены открытыми.</numerusform>
            <numerusform>%n ещё не закончившихся свиданий оставлено открытыми.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still inside: %n visitor(s). Choose each visit in the list and check them out.</source>
        <translation>
            <numerusform>Ещё внутри: %n посетитель. Выберите каждое свидание в списке и выпустите посетителей.</numerusform>
            <numerusform>Ещё внутри: %n посетителя. Выберите каждое свидание в списке и выпустите посетителей.</numerusform>
            <numerusform>Ещё внутри: %n посетителей. Выберите каждое свидание в списке и выпустите посетителей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inside now: %n visitor(s)</source>
        <translation>
            <numerusform>Сейчас внутри: %n посетитель</numerusform>
            <numerusform>Сейчас внутри: %n посетителя</numerusform>
            <numerusform>Сейчас внутри: %n посетителей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Дата &amp;рождения</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Пол</translation>
    </message>
    <message>
        <source>Gender identity (as the person states it)</source>
        <translation>Гендерная идентичность (со слов человека)</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>PIN (14 digits)</source>
        <translation>ПИН (14 цифр)</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Languages understood</source>
        <translation>Понимаемые языки</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>As in the identity document. Names may be typed in Cyrillic or Latin, but each word in one alphabet.</source>
        <translation>Как в документе, удостоверяющем личность. Имена можно вводить кириллицей или латиницей, но каждое слово — в одном алфавите.</translation>
    </message>
</context>
<context>
    <name>InjuriesPage</name>
    <message>
        <source>Injuries</source>
        <translation>Телесные повреждения</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Осмотр</translation>
    </message>
    <message>
        <source>Injuries and complaints</source>
        <translation>Телесные повреждения и жалобы</translation>
    </message>
    <message>
        <source>Note every visible injury and any complaint of prior ill-treatment; a complaint is passed to the medical service.</source>
        <translation>Запишите каждое видимое телесное повреждение и любую жалобу на жестокое обращение в прошлом; жалоба передаётся в медицинскую службу.</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Часть тела</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Complains of ill-treatment</source>
        <translation>Жалуется на жестокое обращение</translation>
    </message>
    <message>
        <source>Notify the medical service</source>
        <translation>Сообщить медслужбе</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Examined: no visible injuries, no complaints</source>
        <translation>Осмотрен: видимых повреждений нет, жалоб нет</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspect the parcel</source>
        <translation>Досмотр посылки</translation>
    </message>
    <message>
        <source>&amp;Inspected by</source>
        <translation>Способ &amp;досмотра</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Incident note (where needed)</source>
        <translation>Примечание о происшествии (где требуется)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>to the medical service</source>
        <translation>в медчасть</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>изымается</translation>
    </message>
    <message>
        <source>Attach the &amp;x-ray image…</source>
        <translation>Приложить &amp;рентгеновский снимок…</translation>
    </message>
    <message>
        <source>&amp;Save the inspection</source>
        <translation>&amp;Сохранить досмотр</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The x-ray image</source>
        <translation>Рентгеновский снимок</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Add an &amp;item</source>
        <translation>Добавить по&amp;зицию</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Удалить эту позицию</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <source>Court or authority</source>
        <translation>Суд или орган</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Номер решения</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Articles / charges</source>
        <translation>Статьи / обвинения</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Вид содержания</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Лет</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Days credited (remand)</source>
        <translation>Зачтено дней (под стражей)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>The decision that orders the detention; the release date is computed from the sentence.</source>
        <translation>Решение, на основании которого лицо содержится под стражей; дата освобождения рассчитывается по сроку наказания.</translation>
    </message>
    <message>
        <source>Release date: {date}</source>
        <translation>Дата освобождения: {date}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Workstation locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Locked by {name}. Enter the password to continue.</source>
        <translation>Заблокировано пользователем {name}. Введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Wrong password, or your account has been disabled.</source>
        <translation>Неверный пароль, либо ваша учётная запись отключена.</translation>
    </message>
    <message>
        <source>That was a scan, not a password. Unlock with your password, then scan.</source>
        <translation>Это было сканирование, а не пароль. Разблокируйте паролем, затем сканируйте.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PrisonDesk — log in</source>
        <translation>PrisonDesk — вход</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>That was a scan, not a password. Type your password.</source>
        <translation>Это было сканирование, а не пароль. Введите пароль с клавиатуры.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PrisonDesk</source>
        <translation>PrisonDesk</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Lock workstation</source>
        <translation>&amp;Заблокировать рабочее место</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>С&amp;менить пароль…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>За&amp;крыть программу</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>С&amp;инхронизация</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Conflicts and rejected changes…</source>
        <translation>&amp;Конфликты и отклонённые изменения…</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>Помо&amp;щь</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Скопировать &amp;диагностику</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into a message to support.</source>
        <translation>Диагностика скопирована в буфер обмена: вставьте её в сообщение для поддержки.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Log out now? Anything not yet saved in open forms will be lost.</source>
        <translation>Выйти сейчас? Всё несохранённое в открытых формах будет потеряно.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Movement of {number}</source>
        <translation>Перемещение {number}</translation>
    </message>
    <message>
        <source>Choose the receiving facility…</source>
        <translation>Выберите учреждение, куда переводится…</translation>
    </message>
    <message>
        <source>Another facility (the file stays here)</source>
        <translation>Другое учреждение (дело остаётся здесь)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>To facility</source>
        <translation>В учреждение</translation>
    </message>
    <message>
        <source>Court or facility</source>
        <translation>Суд или учреждение</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Основание или примечание</translation>
    </message>
    <message>
        <source>Property handed back</source>
        <translation>Возвращённые вещи</translation>
    </message>
    <message>
        <source>Transfer to {facility}</source>
        <translation>Перевод в {facility}</translation>
    </message>
    <message>
        <source>The file of {number} goes to {facility} on the next sync. The contacts, injuries, property and photo then leave this facility's workstations. Transfer?</source>
        <translation>Дело {number} будет передано в {facility} при следующей синхронизации. Контакты, телесные повреждения, имущество и фото после этого удаляются с рабочих мест этого учреждения. Перевести?</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Case note</source>
        <translation>Запись в деле</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Seen by</source>
        <translation>&amp;Кому видна</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
</context>
<context>
    <name>ParcelDeskPage</name>
    <message>
        <source>Gate: parcels</source>
        <translation>КПП: передачи</translation>
    </message>
    <message>
        <source>Scan a parcel's barcode…</source>
        <translation>Отсканируйте штрихкод посылки…</translation>
    </message>
    <message>
        <source>&amp;Receive a parcel…</source>
        <translation>&amp;Принять посылку…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Досмотреть…</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Выдать</translation>
    </message>
    <message>
        <source>Re&amp;fused…</source>
        <translation>&amp;Отказ…</translation>
    </message>
    <message>
        <source>Re&amp;turn to sender…</source>
        <translation>Верну&amp;ть отправителю…</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>П&amp;ереслать…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt</source>
        <translation>Печать &amp;квитанции</translation>
    </message>
    <message>
        <source>Print la&amp;bel</source>
        <translation>Печать я&amp;рлыка</translation>
    </message>
    <message>
        <source>Print handover sh&amp;eet</source>
        <translation>Печать &amp;листа выдачи</translation>
    </message>
    <message>
        <source>Add a ph&amp;oto…</source>
        <translation>Добавить &amp;фото…</translation>
    </message>
    <message>
        <source>&amp;Paper in</source>
        <translation>Я&amp;зык печати</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 мм</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The same barcode was scanned twice: the second scan was ignored.</source>
        <translation>Один и тот же штрихкод отсканирован дважды: второе сканирование пропущено.</translation>
    </message>
    <message>
        <source>A barcode was scanned into another field or window: nothing was recorded. Close the window or click the scan field, and scan again.</source>
        <translation>Штрихкод отсканирован в другое поле или окно: ничего не записано. Закройте окно или щёлкните поле сканирования и отсканируйте снова.</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting inspection: %n</source>
        <translation>
            <numerusform>Ожидают досмотра: %n</numerusform>
            <numerusform>Ожидают досмотра: %n</numerusform>
            <numerusform>Ожидают досмотра: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting handover: %n</source>
        <translation>
            <numerusform>Ожидают выдачи: %n</numerusform>
            <numerusform>Ожидают выдачи: %n</numerusform>
            <numerusform>Ожидают выдачи: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Desks working apart ended this parcel in different ways: a supervisor must check it.</source>
        <translation>Рабочие места, работавшие без связи, записали для этой посылки разные исходы: её должен проверить начальник смены.</translation>
    </message>
    <message>
        <source>Inspect the parcel: press Enter or Inspect.</source>
        <translation>Досмотрите посылку: нажмите Enter или «Досмотреть».</translation>
    </message>
    <message>
        <source>Print the handover sheet for the prisoner to sign, then press Enter or Hand over.</source>
        <translation>Распечатайте лист выдачи для подписи осуждённого, затем нажмите Enter или «Выдать».</translation>
    </message>
    <message>
        <source>This parcel is no longer waiting: {status}.</source>
        <translation>Эта посылка уже не ожидает обработки: {status}.</translation>
    </message>
    <message>
        <source>Scan a parcel, or choose one in a list.</source>
        <translation>Отсканируйте посылку или выберите её в списке.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>From: {sender} ({channel})</source>
        <translation>Отправитель: {sender} ({channel})</translation>
    </message>
    <message>
        <source>Received {when}; {kg} kg; seal {seal}</source>
        <translation>Принята {when}; {kg} кг; пломба {seal}</translation>
    </message>
    <message>
        <source>Photos: {photos}; x-ray images: {xray}</source>
        <translation>Фото: {photos}; рентгеновские снимки: {xray}</translation>
    </message>
    <message>
        <source>Over the quota, accepted by {approval}</source>
        <translation>Сверх лимита, разрешил {approval}</translation>
    </message>
    <message>
        <source>Parcel received. Print the receipt for the sender and the label for the parcel.</source>
        <translation>Посылка принята. Распечатайте квитанцию для отправителя и ярлык для посылки.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Выдача посылки</translation>
    </message>
    <message>
        <source>Hand parcel {tracking} over to {prisoner}? They sign the handover sheet.</source>
        <translation>Выдать посылку {tracking} получателю: {prisoner}? Получатель расписывается в листе выдачи.</translation>
    </message>
    <message>
        <source>Refused by the prisoner</source>
        <translation>Отказ осуждённого</translation>
    </message>
    <message>
        <source>The prisoner would not take the parcel. It stays here until it is returned.</source>
        <translation>Осуждённый отказался принять посылку. Она хранится здесь до возврата.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>Return to the sender</source>
        <translation>Возврат отправителю</translation>
    </message>
    <message>
        <source>The parcel goes back to its sender.</source>
        <translation>Посылка возвращается отправителю.</translation>
    </message>
    <message>
        <source>Forward the parcel</source>
        <translation>Пересылка посылки</translation>
    </message>
    <message>
        <source>The prisoner has left: the parcel is sent on after them.</source>
        <translation>Осуждённый убыл: посылка пересылается ему по новому месту.</translation>
    </message>
    <message>
        <source>&amp;Where to</source>
        <translation>&amp;Куда</translation>
    </message>
    <message>
        <source>Recorded: {status}.</source>
        <translation>Записано: {status}.</translation>
    </message>
    <message>
        <source>A photo of the parcel</source>
        <translation>Фото посылки</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Изображения (*.jpg *.jpeg *.png)</translation>
    </message>
    <message numerus="yes">
        <source>Photo added: %n photo(s) of this parcel.</source>
        <translation>
            <numerusform>Фото добавлено: у этой посылки %n фотография.</numerusform>
            <numerusform>Фото добавлено: у этой посылки %n фотографии.</numerusform>
            <numerusform>Фото добавлено: у этой посылки %n фотографий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel receipt {tracking}</source>
        <translation>Квитанция о приёме посылки {tracking}</translation>
    </message>
    <message>
        <source>Parcel label {tracking}</source>
        <translation>Ярлык посылки {tracking}</translation>
    </message>
    <message>
        <source>Handover sheet {tracking}</source>
        <translation>Лист выдачи {tracking}</translation>
    </message>
</context>
<context>
    <name>ParcelLogPage</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>П&amp;оказать</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Со&amp;хранить…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Изъято</translation>
    </message>
    <message>
        <source>Type the day: dd.mm.yyyy.</source>
        <translation>Введите дату: дд.мм.гггг.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) received on {day}.</source>
        <translation>
            <numerusform>{day} принята %n посылка.</numerusform>
            <numerusform>{day} принято %n посылки.</numerusform>
            <numerusform>{day} принято %n посылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the parcel log</source>
        <translation>Сохранить журнал посылок</translation>
    </message>
    <message>
        <source>Saved: {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
    <message>
        <source>Parcel log</source>
        <translation>Журнал посылок</translation>
    </message>
</context>
<context>
    <name>ParcelSettingsTab</name>
    <message>
        <source>Parcels a prisoner may receive in a calendar month, by regime, and the lists the gate works from. The values shipped are examples: set your facility's own.</source>
        <translation>Сколько посылок осуждённый может получить за календарный месяц по режимам, и списки, по которым работает КПП. Заданные значения — примеры: установите значения вашего учреждения.</translation>
    </message>
    <message>
        <source>Parcels a month</source>
        <translation>Посылок в месяц</translation>
    </message>
    <message>
        <source>Their weight in all, kg</source>
        <translation>Их общий вес, кг</translation>
    </message>
    <message>
        <source>Content &amp;categories, one a line</source>
        <translation>&amp;Категории вложений, по одной в строке</translation>
    </message>
    <message>
        <source>P&amp;rohibited items</source>
        <translation>&amp;Запрещённые предметы</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>To the medical service</source>
        <translation>В медицинскую часть</translation>
    </message>
    <message>
        <source>Needs an incident note</source>
        <translation>Нужно примечание о происшествии</translation>
    </message>
    <message>
        <source>A&amp;dd a prohibited item</source>
        <translation>&amp;Добавить запрещённый предмет</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Sa&amp;ve the parcel rules</source>
        <translation>Со&amp;хранить правила передач</translation>
    </message>
    <message>
        <source>Saved. The gate works from these rules now.</source>
        <translation>Сохранено. КПП теперь работает по этим правилам.</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Gate</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation>Журнал за день</translation>
    </message>
    <message>
        <source>Confiscations</source>
        <translation>Изъятия</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>К разбору</translation>
    </message>
</context>
<context>
    <name>ParcelsTab</name>
    <message>
        <source>Received</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No parcels yet.</source>
        <translation>Посылок пока нет.</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;Compute the pay</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <source>&amp;Approve and post…</source>
        <translation>&amp;Утвердить и зачислить…</translation>
    </message>
    <message>
        <source>&amp;Discard this run…</source>
        <translation>О&amp;тменить расчёт…</translation>
    </message>
    <message>
        <source>E&amp;xport the payroll…</source>
        <translation>&amp;Выгрузить ведомость…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Смен</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часов</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Штук</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Заработок</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>На текущие расходы</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>До освобождения</translation>
    </message>
    <message>
        <source>approved, posted</source>
        <translation>утверждён, зачислен</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>ожидает утверждения</translation>
    </message>
    <message>
        <source>{first} – {last}: {total} in all, {spendable} spendable, {held} held until release ({percent} %).</source>
        <translation>{first} – {last}: всего {total}, на текущие расходы {spendable}, до освобождения {held} ({percent} %).</translation>
    </message>
    <message>
        <source>Type both days: dd.mm.yyyy.</source>
        <translation>Введите обе даты: дд.мм.гггг.</translation>
    </message>
    <message numerus="yes">
        <source>Computed: %n people. A supervisor approves it to post the wages.</source>
        <translation>
            <numerusform>Рассчитано: %n человек. Чтобы зачислить заработок, расчёт утверждает начальник отряда.</numerusform>
            <numerusform>Рассчитано: %n человека. Чтобы зачислить заработок, расчёт утверждает начальник отряда.</numerusform>
            <numerusform>Рассчитано: %n человек. Чтобы зачислить заработок, расчёт утверждает начальник отряда.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the pay</source>
        <translation>Утверждение заработка</translation>
    </message>
    <message numerus="yes">
        <source>Post {total} to the deposit accounts of %n people? This cannot be undone.</source>
        <translation>
            <numerusform>Зачислить {total} на депозитные счета %n человека? Отменить это будет нельзя.</numerusform>
            <numerusform>Зачислить {total} на депозитные счета %n человек? Отменить это будет нельзя.</numerusform>
            <numerusform>Зачислить {total} на депозитные счета %n человек? Отменить это будет нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation>Отменить расчёт</translation>
    </message>
    <message>
        <source>Discard the pay computed for {first} – {last}? Nothing is posted; the marks of these days can be corrected again, and the period is then run anew.</source>
        <translation>Отменить расчёт оплаты за {first} – {last}? Ничего не зачислено; отметки этих дней снова можно исправить, затем период рассчитывается заново.</translation>
    </message>
    <message>
        <source>Discarded: the marks of {first} – {last} can be corrected; then compute the pay again.</source>
        <translation>Расчёт отменён: отметки за {first} – {last} можно исправить; затем рассчитайте оплату снова.</translation>
    </message>
    <message>
        <source>Approved: the wages are on the deposit accounts.</source>
        <translation>Утверждено: заработок зачислен на депозитные счета.</translation>
    </message>
    <message>
        <source>Export the payroll</source>
        <translation>Выгрузить ведомость</translation>
    </message>
    <message>
        <source>Saved: {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>Pay out the deposit</source>
        <translation>Выплата с депозитного счёта</translation>
    </message>
    <message>
        <source>Spendable {spendable}, held until release {held}: {total} in all is paid onto the deposit card.</source>
        <translation>На текущие расходы — {spendable}, до освобождения — {held}: всего {total} перечисляется на депозитную карту.</translation>
    </message>
    <message>
        <source>&amp;Card, last digits</source>
        <translation>&amp;Карта, последние цифры</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Optional. JPEG, PNG or BMP up to 15 MB; it is cropped to a portrait and stored small.</source>
        <translation>Необязательно. JPEG, PNG или BMP до 15 МБ; снимок обрезается до портрета и хранится в малом размере.</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Файл {name} не удаётся прочитать.</translation>
    </message>
</context>
<context>
    <name>PlacementPage</name>
    <message>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Regime and placement</source>
        <translation>Режим и размещение</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Мастерские</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Новая мастерская…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>И&amp;зменить…</translation>
    </message>
    <message>
        <source>Training progra&amp;mmes</source>
        <translation>&amp;Учебные программы</translation>
    </message>
    <message>
        <source>Add a &amp;programme…</source>
        <translation>Добавить &amp;программу…</translation>
    </message>
    <message>
        <source>Pay ra&amp;tes</source>
        <translation>Ставки &amp;оплаты</translation>
    </message>
    <message>
        <source>Add a &amp;rate…</source>
        <translation>Добавить с&amp;тавку…</translation>
    </message>
    <message>
        <source>Waitin&amp;g list</source>
        <translation>&amp;Лист ожидания</translation>
    </message>
    <message>
        <source>&amp;Add a prisoner…</source>
        <translation>&amp;Добавить осуждённого…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Одо&amp;брить</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Отк&amp;азать…</translation>
    </message>
    <message>
        <source>Allo&amp;cate…</source>
        <translation>&amp;Выделить место…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list…</source>
        <translation>Ис&amp;ключить из списка…</translation>
    </message>
    <message>
        <source>&amp;Holding a place today</source>
        <translation>Занимают место се&amp;годня</translation>
    </message>
    <message>
        <source>&amp;End the place…</source>
        <translation>Освободить м&amp;есто…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Разряд</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Дата внесения</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Кто предложил</translation>
    </message>
    <message>
        <source>Reason, note</source>
        <translation>Причина, примечание</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{taken} из {capacity}</translation>
    </message>
    <message>
        <source>Choose a workshop</source>
        <translation>Выберите мастерскую</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Мастерских пока нет</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>Занято мест: {taken} из {capacity}</translation>
    </message>
    <message>
        <source>Instructors: {names}</source>
        <translation>Инструкторы: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Sessions: {week}</source>
        <translation>Смены: {week}</translation>
    </message>
    <message>
        <source>Enterprise: {name}</source>
        <translation>Предприятие: {name}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Assessment plan</source>
        <translation>План реабилитации</translation>
    </message>
    <message>
        <source>work</source>
        <translation>работа</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>The workshop is set up.</source>
        <translation>Мастерская создана.</translation>
    </message>
    <message>
        <source>The workshop is changed.</source>
        <translation>Мастерская изменена.</translation>
    </message>
    <message>
        <source>Who goes on the waiting list?</source>
        <translation>Кого внести в лист ожидания?</translation>
    </message>
    <message>
        <source>On the waiting list: {name}.</source>
        <translation>Внесён(а) в лист ожидания: {name}.</translation>
    </message>
    <message>
        <source>Approved: {name}.</source>
        <translation>Одобрено: {name}.</translation>
    </message>
    <message>
        <source>Decline the place</source>
        <translation>Отказ в месте</translation>
    </message>
    <message>
        <source>Why is {name} declined a place in {workshop}?</source>
        <translation>Почему осуждённому {name} отказано в месте в мастерской «{workshop}»?</translation>
    </message>
    <message>
        <source>Declined: {name}.</source>
        <translation>Отказано: {name}.</translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>Исключение из листа ожидания</translation>
    </message>
    <message>
        <source>Why does {name} come off the list of {workshop}?</source>
        <translation>Почему осуждённый {name} исключается из листа ожидания мастерской «{workshop}»?</translation>
    </message>
    <message>
        <source>The prisoner &amp;withdrew</source>
        <translation>Осуждённый сам от&amp;казался</translation>
    </message>
    <message>
        <source>Off the list: {name}.</source>
        <translation>Исключён(а) из списка: {name}.</translation>
    </message>
    <message>
        <source>The place is ended: {name}.</source>
        <translation>Место освобождено: {name}.</translation>
    </message>
    <message>
        <source>Allocated a place: {name}.</source>
        <translation>Выделено место: {name}.</translation>
    </message>
</context>
<context>
    <name>PrisonerCard</name>
    <message>
        <source>Prisoner {number}</source>
        <translation>Осуждённый {number}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Wing and cell</source>
        <translation>Блок и камера</translation>
    </message>
    <message>
        <source>This is the registry card. The whole file (documents, legal basis, contacts) is read by registry officers, social workers and supervisors.</source>
        <translation>Это учётная карточка. Полное личное дело (документы, правовое основание, контакты) доступно сотрудникам спецучёта, социальным работникам и начальникам отрядов.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
</context>
<context>
    <name>PrisonerFile</name>
    <message>
        <source>Record &amp;movement…</source>
        <translation>Записать пере&amp;мещение…</translation>
    </message>
    <message>
        <source>&amp;Edit file…</source>
        <translation>&amp;Изменить дело…</translation>
    </message>
    <message>
        <source>ID &amp;card (PDF)…</source>
        <translation>&amp;Удостоверение (PDF)…</translation>
    </message>
    <message>
        <source>Property &amp;receipt (PDF)…</source>
        <translation>&amp;Квитанция о вещах (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print ID card…</source>
        <translation>&amp;Печать удостоверения…</translation>
    </message>
    <message>
        <source>Print property receipt…</source>
        <translation>Печать квитанции о вещах…</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Личное дело {number}</translation>
    </message>
    <message>
        <source>{status} from {facility}</source>
        <translation>{status} из {facility}</translation>
    </message>
    <message>
        <source>{number} · {status} · born {born} · {wing}, cell {cell} · release {release}</source>
        <translation>{number} · {status} · род. {born} · {wing}, камера {cell} · освобождение {release}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Суд или орган</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Identity and legal basis</source>
        <translation>Личность и правовое основание</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Телесные повреждения</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Вещи</translation>
    </message>
    <message>
        <source>Examined: no visible injuries, no complaints</source>
        <translation>Осмотрен: видимых повреждений и жалоб нет</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Ещё не осмотрен</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Осмотр</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Injury or complaint</source>
        <translation>Повреждение или жалоба</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Часть тела</translation>
    </message>
    <message>
        <source>Complaint of ill-treatment</source>
        <translation>Жалоба на жестокое обращение</translation>
    </message>
    <message>
        <source>Medical service told</source>
        <translation>Медслужба извещена</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Перемещения</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Свидания</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Оценка и план</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>PrisonerPicker</name>
    <message>
        <source>Whose visit?</source>
        <translation>Чьё свидание?</translation>
    </message>
    <message>
        <source>Prisoner's name, PIN or number</source>
        <translation>ФИО осуждённого, ПИН или номер</translation>
    </message>
    <message>
        <source>Find the prisoner and choose them in the list.</source>
        <translation>Найдите осуждённого и выберите его в списке.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Add a training programme</source>
        <translation>Новая учебная программа</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Length, days</source>
        <translation>&amp;Длительность, дней</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>О&amp;писание</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress of an action</source>
        <translation>Ход выполнения мероприятия</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Что сделано</translation>
    </message>
</context>
<context>
    <name>PropertyPage</name>
    <message>
        <source>Items</source>
        <translation>Вещи</translation>
    </message>
    <message>
        <source>Personal property</source>
        <translation>Личные вещи</translation>
    </message>
    <message>
        <source>Everything taken into storage; the prisoner signs the printed receipt.</source>
        <translation>Всё, что принято на хранение; осуждённый подписывает распечатанную квитанцию.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Add a pay rate</source>
        <translation>Новая ставка оплаты</translation>
    </message>
    <message>
        <source>Pay &amp;band</source>
        <translation>&amp;Разряд</translation>
    </message>
    <message>
        <source>Pa&amp;ys</source>
        <translation>Оп&amp;лата</translation>
    </message>
    <message>
        <source>&amp;Amount, som</source>
        <translation>С&amp;умма, сом</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Начиная с</translation>
    </message>
    <message>
        <source>&amp;To (if it ends)</source>
        <translation>&amp;По (если срок ограничен)</translation>
    </message>
    <message>
        <source>for example 150.50</source>
        <translation>например, 150,50</translation>
    </message>
    <message>
        <source>Type the amount in som, for example 150.50.</source>
        <translation>Введите сумму в сомах, например 150,50.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receive a parcel</source>
        <translation>Приём посылки</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Получатель</translation>
    </message>
    <message>
        <source>&amp;How it came</source>
        <translation>&amp;Способ поступления</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Отправитель</translation>
    </message>
    <message>
        <source>Sender's &amp;document</source>
        <translation>&amp;Документ отправителя</translation>
    </message>
    <message>
        <source>&amp;Weight, kg</source>
        <translation>&amp;Вес, кг</translation>
    </message>
    <message>
        <source>Seal or ta&amp;g</source>
        <translation>Пломба или &amp;бирка</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>П&amp;римечание</translation>
    </message>
    <message>
        <source>The prisoner's name or number, or scan their ID card</source>
        <translation>ФИО или номер осуждённого либо отсканируйте его удостоверение</translation>
    </message>
    <message>
        <source>A visitor's name or document number and Enter, or the name on the post</source>
        <translation>ФИО или номер документа посетителя и Enter либо имя с почтового отправления</translation>
    </message>
    <message>
        <source>&amp;Accept the parcel</source>
        <translation>Пр&amp;инять посылку</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Nobody here by that name or number.</source>
        <translation>Здесь нет никого с таким именем или номером.</translation>
    </message>
    <message>
        <source>No parcel quota is set for this prisoner's regime: ask a supervisor.</source>
        <translation>Для режима этого осуждённого не задан лимит посылок: обратитесь к начальнику смены.</translation>
    </message>
    <message>
        <source>Left this month: {count} of {all} parcels, {kg} of {all_kg} kg.</source>
        <translation>Осталось в этом месяце: посылок — {count} из {all}, веса — {kg} из {all_kg} кг.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Attendance register</source>
        <translation>Табель посещаемости</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Мастерская</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>P&amp;art of the day</source>
        <translation>&amp;Часть дня</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Scan an ID card to mark its holder present…</source>
        <translation>Отсканируйте удостоверение, чтобы отметить явку…</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>О&amp;тметка</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Ч&amp;асы</translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation>&amp;Штук</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Примечание</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>оплачивается</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>не оплачивается</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Штук</translation>
    </message>
    <message>
        <source>Note, marked by</source>
        <translation>Примечание, кто отметил</translation>
    </message>
    <message>
        <source>An ID card was scanned into another field: nothing was recorded. Click the scan field and scan again.</source>
        <translation>Удостоверение отсканировано в другое поле: ничего не записано. Щёлкните поле сканирования и отсканируйте снова.</translation>
    </message>
    <message>
        <source>Choose the workshop and the day.</source>
        <translation>Выберите мастерскую и день.</translation>
    </message>
    <message>
        <source>This session has not come yet.</source>
        <translation>Эта смена ещё не наступила.</translation>
    </message>
    <message>
        <source>Scan each ID card, or choose a row and mark it below.</source>
        <translation>Отсканируйте каждое удостоверение или выберите строку и отметьте ниже.</translation>
    </message>
    <message>
        <source>Marked: {marked} of {all}</source>
        <translation>Отмечено: {marked} из {all}</translation>
    </message>
    <message>
        <source>Present: {name}.</source>
        <translation>Присутствует: {name}.</translation>
    </message>
    <message>
        <source>Choose the row to mark.</source>
        <translation>Выберите строку для отметки.</translation>
    </message>
    <message>
        <source>Recorded: {name}, {mark}.</source>
        <translation>Записано: {name}, {mark}.</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Prisoner registry</source>
        <translation>Реестр осуждённых</translation>
    </message>
    <message>
        <source>Name in any script, PIN or prisoner number</source>
        <translation>ФИО на любом алфавите, ПИН или номер осуждённого</translation>
    </message>
    <message>
        <source>&amp;New admission…</source>
        <translation>&amp;Новый приём…</translation>
    </message>
    <message>
        <source>All wings</source>
        <translation>Все блоки</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any regime</source>
        <translation>Любой режим</translation>
    </message>
    <message>
        <source>Found: {n}</source>
        <translation>Найдено: {n}</translation>
    </message>
    <message>
        <source>Prisoners: {n}</source>
        <translation>Осуждённых: {n}</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Прошлая неделя</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Days I choose</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>&amp;Учреждение:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Sto&amp;p (Esc)</source>
        <translation>Ос&amp;тановить (Esc)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <source>Stopped: nothing is shown.</source>
        <translation>Остановлено: ничего не показано.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>За этот период показать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n строка.</numerusform>
            <numerusform>%n строки.</numerusform>
            <numerusform>%n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Saved: {file}.</source>
        <translation>Сохранено: {file}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Files to complete</source>
        <translation>Дела для дополнения</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>Ban on visits</source>
        <translation>Запрет свиданий</translation>
    </message>
    <message>
        <source>Closed visits only</source>
        <translation>Только закрытые свидания</translation>
    </message>
    <message>
        <source>Restrict visits</source>
        <translation>Ограничить свидания</translation>
    </message>
    <message>
        <source>&amp;Restriction</source>
        <translation>&amp;Ограничение</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Начиная с</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Вплоть &amp;до</translation>
    </message>
    <message>
        <source>Type the day.</source>
        <translation>Введите день.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of the plan</source>
        <translation>Пересмотр плана</translation>
    </message>
    <message>
        <source>&amp;How it goes</source>
        <translation>&amp;Как идут дела</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>&amp;Следующий пересмотр</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Language used</source>
        <translation>Язык разъяснения</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <source>Day and hour of admission</source>
        <translation>День и час поступления</translation>
    </message>
    <message>
        <source>Rules and rights</source>
        <translation>Правила и права</translation>
    </message>
    <message>
        <source>The prison rules, the prisoner's rights and how to complain were explained in a language the prisoner understands.</source>
        <translation>Правила внутреннего распорядка, права осуждённого и порядок подачи жалоб разъяснены на языке, понятном осуждённому.</translation>
    </message>
    <message>
        <source>Explained and understood</source>
        <translation>Разъяснено и понято</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Комнаты</translation>
    </message>
    <message>
        <source>New visiting time</source>
        <translation>Новое время свиданий</translation>
    </message>
    <message>
        <source>Day without visits</source>
        <translation>День без свиданий</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Название комнаты</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>С (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>To (HH:MM)</source>
        <translation>До (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>Visits at once</source>
        <translation>Свиданий одновременно</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Добавить комнату</translation>
    </message>
    <message>
        <source>Add visiting time</source>
        <translation>Добавить время</translation>
    </message>
    <message>
        <source>Block the day</source>
        <translation>Закрыть день</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>все комнаты</translation>
    </message>
    <message>
        <source>Add a room first.</source>
        <translation>Сначала добавьте комнату.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Send the assessment back</source>
        <translation>Возврат оценки на доработку</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Причина</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>PrisonDesk — first start</source>
        <translation>PrisonDesk — первый запуск</translation>
    </message>
    <message>
        <source>This workstation's facility</source>
        <translation>Учреждение этого рабочего места</translation>
    </message>
    <message>
        <source>The facility's users and data come from the central server. You need a one-time enrolment code from the server administrator.</source>
        <translation>Пользователи и данные учреждения придут с центрального сервера. Нужен одноразовый код регистрации от администратора сервера.</translation>
    </message>
    <message>
        <source>Enter the facility as headquarters registered it. Other workstations of the same facility will join it through the central server.</source>
        <translation>Введите учреждение так, как его зарегистрировал центральный аппарат. Другие рабочие места того же учреждения присоединятся к нему через центральный сервер.</translation>
    </message>
    <message>
        <source>Set &amp;up a new facility (its first workstation)</source>
        <translation>&amp;Создать новое учреждение (его первое рабочее место)</translation>
    </message>
    <message>
        <source>&amp;Join an existing facility through the central server</source>
        <translation>&amp;Присоединиться к существующему учреждению через центральный сервер</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>e.g. https://sync.example.kg:8470</source>
        <translation>например, https://sync.example.kg:8470</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Код регистрации</translation>
    </message>
    <message>
        <source>e.g. K7QM-2XHP-9TRD</source>
        <translation>например, K7QM-2XHP-9TRD</translation>
    </message>
    <message>
        <source>Headquarters desk: its first administrator</source>
        <translation>Рабочее место центрального аппарата: первый администратор</translation>
    </message>
    <message>
        <source>This desk reads every facility and changes none. This account creates the headquarters viewers who use it. Keep its password safe.</source>
        <translation>Это рабочее место читает данные всех учреждений и ничего в них не меняет. Эта учётная запись создаёт пользователей центрального аппарата. Храните её пароль надёжно.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>This account creates the other users. Keep its password safe.</source>
        <translation>Эта учётная запись создаёт остальных пользователей. Храните её пароль надёжно.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Facility &amp;code</source>
        <translation>&amp;Код учреждения</translation>
    </message>
    <message>
        <source>e.g. BSH-1</source>
        <translation>например, BSH-1</translation>
    </message>
    <message>
        <source>Facility na&amp;me</source>
        <translation>&amp;Название учреждения</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <source>&amp;Wings (one per line)</source>
        <translation>&amp;Блоки (по одному в строке)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>П&amp;овторите пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Joining… the facility's users and data are being fetched; this can take a while.</source>
        <translation>Присоединение… загружаются пользователи и данные учреждения; это может занять некоторое время.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Headquarters (all facilities)</source>
        <translation>Центральный аппарат (все учреждения)</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
    <message>
        <source>Facility: {name}</source>
        <translation>Учреждение: {name}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Синхронизация: …</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Синхронизация: не настроена</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Синхронизация: идёт…</translation>
    </message>
    <message>
        <source>Sync failed; last success: {when}</source>
        <translation>Синхронизация не удалась; последняя успешная: {when}</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Синхронизировано {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение ждёт отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждёт отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n изменение отклонено</numerusform>
            <numerusform>%n изменения отклонены</numerusform>
            <numerusform>%n изменений отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>First assessment</source>
        <translation>Первичная оценка</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Повторная оценка</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Инструмент</translation>
    </message>
    <message>
        <source>&amp;Why now</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>In wor&amp;ds</source>
        <translation>П&amp;ояснение</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, версия {version}</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>A supervisor accepts the parcel</source>
        <translation>Приём посылки начальником смены</translation>
    </message>
    <message>
        <source>Supervisor's &amp;username</source>
        <translation>&amp;Имя пользователя начальника смены</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting it</source>
        <translation>&amp;Основание приёма</translation>
    </message>
    <message>
        <source>That was a scan, not a password: type the supervisor's password.</source>
        <translation>Это было сканирование, а не пароль: введите пароль начальника смены.</translation>
    </message>
    <message>
        <source>Say why the parcel is accepted over the quota.</source>
        <translation>Укажите, почему посылка принимается сверх лимита.</translation>
    </message>
    <message>
        <source>Only a supervisor of this facility may accept it.</source>
        <translation>Принять её может только начальник смены этого учреждения.</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Sync conflicts and rejected changes</source>
        <translation>Конфликты синхронизации и отклонённые изменения</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Отклонённые изменения</translation>
    </message>
    <message>
        <source>&amp;Keep the value shown everywhere</source>
        <translation>&amp;Оставить значение, которое видно везде</translation>
    </message>
    <message>
        <source>&amp;Switch to the other value</source>
        <translation>&amp;Заменить другим значением</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Оставленное значение</translation>
    </message>
    <message>
        <source>Written by, at</source>
        <translation>Кто и когда записал</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>оставлено</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>заменено</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>ждёт решения</translation>
    </message>
    <message>
        <source>belongs to another facility</source>
        <translation>относится к другому учреждению</translation>
    </message>
    <message>
        <source>not known to the server (update it)</source>
        <translation>неизвестно серверу (обновите сервер)</translation>
    </message>
    <message>
        <source>the record is not on the server</source>
        <translation>записи нет на сервере</translation>
    </message>
    <message>
        <source>a recorded fact cannot be changed</source>
        <translation>записанный факт нельзя изменить</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <source>a value another record already holds</source>
        <translation>значение уже занято другой записью</translation>
    </message>
    <message>
        <source>came from the server but cannot be stored here</source>
        <translation>пришло с сервера, но не может быть сохранено здесь</translation>
    </message>
    <message>
        <source>made by an older version</source>
        <translation>сделано старой версией</translation>
    </message>
    <message>
        <source>not allowed from a workstation</source>
        <translation>не разрешено с рабочего места</translation>
    </message>
    <message>
        <source>too large to send</source>
        <translation>слишком велико для отправки</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>&amp;Write a case note…</source>
        <translation>&amp;Сделать запись в деле…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Записей пока нет.</translation>
    </message>
    <message>
        <source>Assessment: {step}</source>
        <translation>Оценка: {step}</translation>
    </message>
    <message>
        <source>Classified: {security}</source>
        <translation>Классификация: {security}</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>Пересмотр плана</translation>
    </message>
    <message>
        <source>The note is recorded.</source>
        <translation>Запись сохранена.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Attendance over the last %n days</source>
        <translation>
            <numerusform>Посещаемость за последний %n день</numerusform>
            <numerusform>Посещаемость за последние %n дня</numerusform>
            <numerusform>Посещаемость за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Excused, paid</source>
        <translation>Уважительно, с оплатой</translation>
    </message>
    <message>
        <source>Missed, unpaid</source>
        <translation>Пропуск без оплаты</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>Sessions of today, {day}</source>
        <translation>Смены на сегодня, {day}</translation>
    </message>
    <message>
        <source>Choose a session and press Enter to open its register.</source>
        <translation>Выберите смену и нажмите Enter, чтобы открыть её табель посещаемости.</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Сегодня смен нет.</translation>
    </message>
    <message>
        <source>{workshop} — {part}: {allocated} of {capacity} places</source>
        <translation>{workshop} — {part}: мест занято {allocated} из {capacity}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Изменить пользователя</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Учётная запись включена</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Временный пароль</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Должен сменить пароль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Роли и права</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Свидания</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <source>Unl&amp;ock</source>
        <translation>Раз&amp;блокировать</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Сначала выберите пользователя.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Temporary password for {name} (to be changed at the next login):</source>
        <translation>Временный пароль для {name} (нужно будет сменить при следующем входе):</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>Пароль пользователя {name} сброшен.</translation>
    </message>
    <message>
        <source>{name} was unlocked.</source>
        <translation>Пользователь {name} разблокирован.</translation>
    </message>
</context>
<context>
    <name>VisitSettingsTab</name>
    <message>
        <source>Visits a prisoner may receive in a calendar month, by regime, and the size of a visiting party. The values shipped are examples: set your facility's own. Lawyer and official visits are not counted.</source>
        <translation>Сколько свиданий осуждённый может получить за календарный месяц по режимам, и сколько человек может прийти на одно свидание. Заданные значения — примеры: установите значения вашего учреждения. Свидания с адвокатом и официальные посещения не учитываются.</translation>
    </message>
    <message>
        <source>Short visits</source>
        <translation>Краткосрочные</translation>
    </message>
    <message>
        <source>Long visits</source>
        <translation>Длительные</translation>
    </message>
    <message>
        <source>People at one visit</source>
        <translation>Человек на одном свидании</translation>
    </message>
    <message>
        <source>of them adults, at most</source>
        <translation>из них взрослых, не более</translation>
    </message>
    <message>
        <source>of them children, at most</source>
        <translation>из них детей, не более</translation>
    </message>
    <message>
        <source>Children may visit without an adult (an adult: {age} or older on the day of the visit)</source>
        <translation>Дети могут приходить на свидание без взрослого (взрослый — от {age} лет на день свидания)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Saved. New bookings follow these figures.</source>
        <translation>Сохранено. Новые записи учитывают эти значения.</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Add a visitor</source>
        <translation>Добавить посетителя</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>От&amp;чество</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Дата ро&amp;ждения</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>&amp;Номер документа</translation>
    </message>
    <message>
        <source>Issued by (&amp;country)</source>
        <translation>Кем выдан (&amp;страна)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Родство</translation>
    </message>
    <message>
        <source>Use the registered person</source>
        <translation>Взять уже зарегистрированного</translation>
    </message>
    <message>
        <source>Ph&amp;oto…</source>
        <translation>Ф&amp;ото…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фотографию</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл не читается.</translation>
    </message>
</context>
<context>
    <name>VisitorRegistry</name>
    <message>
        <source>came</source>
        <translation>пришёл</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>записан</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>VisitorRegistryPage</name>
    <message>
        <source>Visitor's name (any script) or document number</source>
        <translation>ФИО посетителя (любым алфавитом) или номер документа</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Visits these prisoners</source>
        <translation>Навещает осуждённых</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Restrictions in force or ahead</source>
        <translation>Действующие и предстоящие ограничения</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ограничение</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation>Последние свидания</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;Restrict this visitor…</source>
        <translation>&amp;Ограничить этого посетителя…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Никто не найден</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>Найден %n посетитель</numerusform>
            <numerusform>Найдено %n посетителя</numerusform>
            <numerusform>Найдено %n посетителей</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a visitor and choose them in the list.</source>
        <translation>Найдите посетителя и выберите его в списке.</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>дата рождения {day}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>до отмены</translation>
    </message>
</context>
<context>
    <name>VisitorsTab</name>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>&amp;Add visitor…</source>
        <translation>&amp;Добавить посетителя…</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>У&amp;твердить</translation>
    </message>
    <message>
        <source>Re&amp;strict…</source>
        <translation>&amp;Ограничить…</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>Отменить &amp;свидание</translation>
    </message>
    <message>
        <source>&amp;Book a visit…</source>
        <translation>&amp;Записать на свидание…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Visits booked</source>
        <translation>Записанные свидания</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Gate</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Change the workshop</source>
        <translation>Изменение мастерской</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Новая мастерская</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>&amp;Предприятие</translation>
    </message>
    <message>
        <source>&amp;Capacity, people</source>
        <translation>&amp;Вместимость, чел.</translation>
    </message>
    <message>
        <source>Half-day session, &amp;length in hours</source>
        <translation>Д&amp;лительность занятия (полдня), ч</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Прим&amp;ечание</translation>
    </message>
    <message>
        <source>&amp;Instructors</source>
        <translation>Инс&amp;трукторы</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Смены по дням недели</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>Поне&amp;дельник</translation>
    </message>
    <message>
        <source>&amp;Tuesday</source>
        <translation>Вто&amp;рник</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>Сред&amp;а</translation>
    </message>
    <message>
        <source>T&amp;hursday</source>
        <translation>&amp;Четверг</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>Пятни&amp;ца</translation>
    </message>
    <message>
        <source>S&amp;aturday</source>
        <translation>Су&amp;ббота</translation>
    </message>
    <message>
        <source>S&amp;unday</source>
        <translation>Вос&amp;кресенье</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Нет смены</translation>
    </message>
    <message>
        <source>Morning and afternoon</source>
        <translation>До и после обеда</translation>
    </message>
</context>
<context>
    <name>WorkshopSettingsTab</name>
    <message>
        <source>Part of each wage &amp;held until release</source>
        <translation>Доля каждой зарплаты, &amp;хранящаяся до освобождения</translation>
    </message>
    <message>
        <source>Sa&amp;ve the pay rule</source>
        <translation>Сохранить правило о&amp;платы</translation>
    </message>
    <message>
        <source>Of each wage posted to a deposit account, this share is set aside and paid on release (Rule 103 of the Nelson Mandela Rules); the rest may be spent.</source>
        <translation>Эта доля каждой зарплаты, зачисленной на депозитный счёт, откладывается и выплачивается при освобождении (правило 103 Правил Нельсона Манделы); остальное можно тратить.</translation>
    </message>
    <message>
        <source>The value shown is an example: set your facility's own.</source>
        <translation>Показанное значение — пример: установите значение вашего учреждения.</translation>
    </message>
    <message>
        <source>Saved. Pay periods computed from now split so.</source>
        <translation>Сохранено. Расчётные периоды, рассчитанные с этого момента, делятся так.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Табель</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплата труда</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Причина окончания</translation>
    </message>
    <message>
        <source>Waiting list of</source>
        <translation>Лист ожидания мастерской</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Дата внесения</translation>
    </message>
    <message>
        <source>Print the &amp;statement</source>
        <translation>Печать &amp;выписки</translation>
    </message>
    <message>
        <source>Print the certi&amp;ficate</source>
        <translation>Печать серти&amp;фиката</translation>
    </message>
    <message>
        <source>Pay &amp;out the deposit…</source>
        <translation>Выплатить деп&amp;озит…</translation>
    </message>
    <message>
        <source>Print the card sheet a&amp;gain</source>
        <translation>Пов&amp;торная печать листа о карте</translation>
    </message>
    <message>
        <source>Deposit: {total} ({spendable} spendable, {held} held until release)</source>
        <translation>Депозит: {total} (на текущие расходы {spendable}, до освобождения {held})</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Депозит</translation>
    </message>
    <message>
        <source>The prisoner's deposit holds {total}. Pay it out onto the deposit card now?</source>
        <translation>На депозите осуждённого {total}. Выплатить эту сумму на депозитную карту сейчас?</translation>
    </message>
</context>
<context>
    <name>WorkstationTab</name>
    <message>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>Блокировать после минут простоя (0 — никогда)</translation>
    </message>
    <message>
        <source>Key that locks at once</source>
        <translation>Клавиша немедленной блокировки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Центральный сервер</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Код регистрации</translation>
    </message>
    <message>
        <source>e.g. https://sync.example.kg:8470</source>
        <translation>например, https://sync.example.kg:8470</translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation</source>
        <translation>&amp;Зарегистрировать это рабочее место</translation>
    </message>
    <message>
        <source>Enrolled with {server}. Enrol again only if the server asks for it.</source>
        <translation>Зарегистрировано на {server}. Регистрируйте заново, только если этого требует сервер.</translation>
    </message>
    <message>
        <source>Not enrolled: this workstation works alone. Enter the server address and a one-time code from the server administrator to sync with the others.</source>
        <translation>Не зарегистрировано: это рабочее место работает само по себе. Введите адрес сервера и одноразовый код от администратора сервера, чтобы синхронизироваться с остальными.</translation>
    </message>
    <message>
        <source>Saved. The new settings apply now.</source>
        <translation>Сохранено. Новые настройки уже действуют.</translation>
    </message>
</context>
<context>
    <name>assessments</name>
    <message>
        <source>Workshop place</source>
        <translation>Место в мастерской</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Sessions with a psychologist</source>
        <translation>Занятия с психологом</translation>
    </message>
    <message>
        <source>Family contact and visits</source>
        <translation>Связь с семьёй и свидания</translation>
    </message>
    <message>
        <source>Substance use programme or psychologist</source>
        <translation>Программа по зависимостям или психолог</translation>
    </message>
    <message>
        <source>Release preparation (documents, housing)</source>
        <translation>Подготовка к освобождению (документы, жильё)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Ожидает утверждения</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждена</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Возвращена на доработку</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Направлена на утверждение</translation>
    </message>
    <message>
        <source>Review date changed</source>
        <translation>Изменена дата пересмотра</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Первичная оценка</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Наступил срок пересмотра</translation>
    </message>
    <message>
        <source>After an incident</source>
        <translation>После происшествия</translation>
    </message>
    <message>
        <source>Change in risk</source>
        <translation>Изменение риска</translation>
    </message>
    <message>
        <source>After a transfer</source>
        <translation>После перевода</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <source>Low security</source>
        <translation>Низкий уровень безопасности</translation>
    </message>
    <message>
        <source>Medium security</source>
        <translation>Средний уровень безопасности</translation>
    </message>
    <message>
        <source>High security</source>
        <translation>Высокий уровень безопасности</translation>
    </message>
    <message>
        <source>Lightened conditions</source>
        <translation>Облегчённые условия</translation>
    </message>
    <message>
        <source>Ordinary conditions</source>
        <translation>Обычные условия</translation>
    </message>
    <message>
        <source>Strict conditions</source>
        <translation>Строгие условия</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Положительное наблюдение</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Повод для беспокойства</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Происшествие</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Health referral</source>
        <translation>Направление в медслужбу</translation>
    </message>
    <message>
        <source>Everyone who reads the file</source>
        <translation>Все, кому доступно личное дело</translation>
    </message>
    <message>
        <source>Social workers, psychologists and supervisors only</source>
        <translation>Только социальные работники, психологи и начальники отрядов</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Daily</source>
        <translation>Ежедневная</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Созданная вручную</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Другая копия</translation>
    </message>
    <message>
        <source>{folder} cannot be written: it is read-only (a USB stick with its lock switch on?). Choose another folder; no backup was made.</source>
        <translation>В {folder} нельзя записать: только для чтения (у флешки включена защита от записи?). Выберите другую папку; копия не создана.</translation>
    </message>
    <message>
        <source>There is no room for the backup in {folder}. Free some space or choose another folder; no backup was made.</source>
        <translation>В {folder} нет места для резервной копии. Освободите место или выберите другую папку; копия не создана.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder} ({reason}); no backup was made.</source>
        <translation>Резервную копию не удалось записать в {folder} ({reason}); копия не создана.</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the data folder {folder}: it is read-only. Nothing will be restored.</source>
        <translation>Резервную копию нельзя скопировать в папку данных {folder}: она только для чтения. Ничего не будет восстановлено.</translation>
    </message>
    <message>
        <source>There is no room in the data folder {folder} for a copy of the backup. Free some space; nothing will be restored.</source>
        <translation>В папке данных {folder} нет места, чтобы скопировать резервную копию. Освободите место; ничего не будет восстановлено.</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the data folder {folder} ({reason}). Nothing will be restored.</source>
        <translation>Резервную копию нельзя скопировать в папку данных {folder} ({reason}). Ничего не будет восстановлено.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Файла {file} нет.</translation>
    </message>
    <message>
        <source>{file} is not a sound PrisonDesk backup ({fault}). Nothing was restored.</source>
        <translation>{file} — не исправная резервная копия PrisonDesk ({fault}). Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{file} is not a PrisonDesk database. Nothing was restored.</source>
        <translation>{file} — не база данных PrisonDesk. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of PrisonDesk (schema {revision}): this version cannot restore it. Nothing was restored.</source>
        <translation>{file} создан более новой версией PrisonDesk (схема {revision}): эта версия не может его восстановить. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{file} is a backup of a headquarters desk and this is a facility's desk, or the other way round. Nothing was restored.</source>
        <translation>{file} — копия рабочего места управления, а это место учреждения, или наоборот. Ничего не восстановлено.</translation>
    </message>
    <message>
        <source>{file} is a backup of facility {theirs}; this desk serves facility {ours}. Nothing was restored.</source>
        <translation>{file} — резервная копия учреждения {theirs}; это рабочее место обслуживает учреждение {ours}. Ничего не восстановлено.</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>no injury examination</source>
        <translation>нет осмотра на телесные повреждения</translation>
    </message>
    <message>
        <source>no family contact</source>
        <translation>нет контактов семьи</translation>
    </message>
    <message>
        <source>rights not explained</source>
        <translation>права не разъяснены</translation>
    </message>
    <message>
        <source>no regime or wing</source>
        <translation>нет режима или блока</translation>
    </message>
    <message>
        <source>admission left as a draft</source>
        <translation>приём оставлен черновиком</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. The details were written to the log file; please tell support.</source>
        <translation>Что-то пошло не так, и действие не выполнено. Подробности записаны в журнал; сообщите в службу поддержки.</translation>
    </message>
    <message>
        <source>PrisonDesk</source>
        <translation>PrisonDesk</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} more minutes. An administrator can unlock it now.</source>
        <translation>Слишком много неверных паролей: учётная запись заблокирована ещё на {minutes} мин. Администратор может разблокировать её сейчас.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Неверное имя пользователя или пароль, либо учётная запись отключена.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Этого пользователя больше нет.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Текущий пароль неверен.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Неизвестный язык.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Имя пользователя — от 3 до 32 латинских букв, цифр, точек, дефисов или подчёркиваний; начинается с буквы или цифры.</translation>
    </message>
    <message>
        <source>A headquarters desk has administrators and headquarters viewers only.</source>
        <translation>На рабочем месте центрального аппарата бывают только администраторы и пользователи центрального аппарата (просмотр).</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Неизвестная роль.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>Имя пользователя {username} уже занято.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Должен остаться хотя бы один активный администратор.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The password must have at most {n} characters.</source>
        <translation>Пароль должен содержать не более {n} символов.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Пароль не должен совпадать с именем пользователя.</translation>
    </message>
    <message>
        <source>The password must mix letters with digits or signs.</source>
        <translation>Пароль должен сочетать буквы с цифрами или знаками.</translation>
    </message>
    <message>
        <source>Enter at least one wing.</source>
        <translation>Введите хотя бы один блок.</translation>
    </message>
    <message>
        <source>At most {n} wings.</source>
        <translation>Не более {n} блоков.</translation>
    </message>
    <message>
        <source>Each wing name must be different.</source>
        <translation>Названия блоков не должны повторяться.</translation>
    </message>
    <message>
        <source>A facility code has 2 to 16 Latin capitals, digits or dashes, e.g. BSH-1.</source>
        <translation>Код учреждения — от 2 до 16 заглавных латинских букв, цифр или дефисов, например BSH-1.</translation>
    </message>
    <message>
        <source>This workstation is already set up.</source>
        <translation>Это рабочее место уже настроено.</translation>
    </message>
    <message>
        <source>This PIN belongs to {name}, prisoner {number}, already registered. Open that file instead of creating a second one.</source>
        <translation>Этот ПИН принадлежит уже зарегистрированному осуждённому {name}, номер {number}. Откройте его личное дело, а не создавайте второе.</translation>
    </message>
    <message>
        <source>The admission cannot be completed yet: {missing} missing.</source>
        <translation>Приём пока нельзя завершить, не хватает: {missing}.</translation>
    </message>
    <message>
        <source>This prisoner's file no longer exists.</source>
        <translation>Личного дела этого осуждённого больше не существует.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Укажите пол.</translation>
    </message>
    <message>
        <source>This workstation has no facility.</source>
        <translation>Это рабочее место не привязано к учреждению.</translation>
    </message>
    <message>
        <source>This prisoner has left the facility: the file is closed and can no longer be changed here.</source>
        <translation>Осуждённый убыл из учреждения: дело закрыто и здесь больше не изменяется.</translation>
    </message>
    <message>
        <source>Choose remand or convicted.</source>
        <translation>Выберите: под стражей или осуждён.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>A convicted prisoner needs the sentence start and length.</source>
        <translation>Для осуждённого нужно указать начало и продолжительность срока.</translation>
    </message>
    <message>
        <source>The release date comes before the date of birth.</source>
        <translation>Дата освобождения раньше даты рождения.</translation>
    </message>
    <message>
        <source>Choose the regime.</source>
        <translation>Выберите режим.</translation>
    </message>
    <message>
        <source>Choose a wing of this facility.</source>
        <translation>Выберите блок этого учреждения.</translation>
    </message>
    <message>
        <source>Record a move to change the wing or cell of an admitted prisoner.</source>
        <translation>Чтобы сменить блок или камеру принятого осуждённого, запишите перемещение.</translation>
    </message>
    <message>
        <source>Explain the rights in a language the prisoner understands (add it to the languages first).</source>
        <translation>Разъясните права на языке, понятном осуждённому (сначала добавьте его в список языков).</translation>
    </message>
    <message>
        <source>This admission is already complete.</source>
        <translation>Этот приём уже завершён.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Эта дата ещё не наступила.</translation>
    </message>
    <message>
        <source>This field contains control characters.</source>
        <translation>Поле содержит управляющие символы.</translation>
    </message>
    <message>
        <source>This field is limited to {n} characters.</source>
        <translation>Поле ограничено {n} символами.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action.</source>
        <translation>Ваша роль ({role}) не позволяет это действие.</translation>
    </message>
    <message>
        <source>Your account was disabled or removed. Log in again.</source>
        <translation>Ваша учётная запись отключена или удалена. Войдите снова.</translation>
    </message>
    <message>
        <source>Change your temporary password first.</source>
        <translation>Сначала смените временный пароль.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database or the demo facility, never into {code}.</source>
        <translation>Демонстрационные данные записываются только в пустую базу или в демо-учреждение, но не в {code}.</translation>
    </message>
    <message>
        <source>Idle lock takes 0 (never) to {n} minutes.</source>
        <translation>Блокировка при простое — от 0 (никогда) до {n} минут.</translation>
    </message>
    <message>
        <source>The lock key must be one combination with Ctrl, Alt or Shift, or a function key (F1–F12), so that typing never locks by accident.</source>
        <translation>Клавиша блокировки — одно сочетание с Ctrl, Alt или Shift либо функциональная клавиша (F1–F12), чтобы набор текста не блокировал случайно.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB).</source>
        <translation>Фотография слишком большая (не более {mb} МБ).</translation>
    </message>
    <message>
        <source>The photo has too many pixels.</source>
        <translation>В фотографии слишком много пикселей.</translation>
    </message>
    <message>
        <source>This file is not a photo (JPEG, PNG, BMP…).</source>
        <translation>Этот файл не является фотографией (JPEG, PNG, BMP…).</translation>
    </message>
    <message>
        <source>The prisoner is at court: record the return first (or a release or transfer the court ordered).</source>
        <translation>Осуждённый в суде: сначала запишите возвращение (или освобождение либо перевод по решению суда).</translation>
    </message>
    <message>
        <source>The prisoner is not at court: there is nothing to come back from.</source>
        <translation>Осуждённый не в суде: возвращаться неоткуда.</translation>
    </message>
    <message>
        <source>The prisoner is on the way here: record the arrival first.</source>
        <translation>Осуждённый в пути к нам: сначала отметьте прибытие.</translation>
    </message>
    <message>
        <source>A movement cannot come before the previous one ({previous}).</source>
        <translation>Перемещение не может быть раньше предыдущего ({previous}).</translation>
    </message>
    <message>
        <source>Unknown kind of movement.</source>
        <translation>Неизвестный вид перемещения.</translation>
    </message>
    <message>
        <source>This prisoner is not in the facility.</source>
        <translation>Этого осуждённого нет в учреждении.</translation>
    </message>
    <message>
        <source>Choose where the prisoner goes: a facility of the list or another.</source>
        <translation>Выберите, куда переводится осуждённый: учреждение из списка или другое.</translation>
    </message>
    <message>
        <source>Choose another facility from the list.</source>
        <translation>Выберите другое учреждение из списка.</translation>
    </message>
    <message>
        <source>Hand back every stored item before release: {items}.</source>
        <translation>Перед освобождением верните все вещи, находящиеся на хранении: {items}.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Имя должно содержать буквы.</translation>
    </message>
    <message>
        <source>“{word}” mixes Latin and Cyrillic letters: retype it in one alphabet.</source>
        <translation>В слове «{word}» смешаны латинские и кириллические буквы: наберите его заново в одном алфавите.</translation>
    </message>
    <message>
        <source>Age {age} is not possible for a prisoner ({low}–{high}).</source>
        <translation>Возраст {age} невозможен для осуждённого ({low}–{high}).</translation>
    </message>
    <message>
        <source>A PIN has 14 digits: the first is 1 or 2, the next eight the date of birth.</source>
        <translation>ПИН состоит из 14 цифр: первая — 1 или 2, следующие восемь — дата рождения.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Введите число от {low} до {high}.</translation>
    </message>
    <message>
        <source>Choose why no contact is listed.</source>
        <translation>Выберите, почему контакты не указаны.</translation>
    </message>
    <message>
        <source>Contacts are listed: remove them, or say that the family is known.</source>
        <translation>Контакты указаны: удалите их или отметьте, что семья известна.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://sync.example.kg:8470.</source>
        <translation>Введите адрес сервера, например https://sync.example.kg:8470.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Введите код регистрации.</translation>
    </message>
    <message>
        <source>Log in as an administrator to enrol this workstation.</source>
        <translation>Чтобы зарегистрировать рабочее место, войдите как администратор.</translation>
    </message>
    <message>
        <source>This code is for a headquarters desk, and this workstation serves a facility: ask for a code of the facility.</source>
        <translation>Этот код — для рабочего места центрального аппарата, а это рабочее место обслуживает учреждение: попросите код учреждения.</translation>
    </message>
    <message>
        <source>This is a headquarters desk: enrol it with a headquarters code.</source>
        <translation>Это рабочее место центрального аппарата: регистрируйте его кодом центрального аппарата.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server yet (Administration).</source>
        <translation>Это рабочее место ещё не зарегистрировано на сервере (Администрирование).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Work goes on here; changes are sent later.</source>
        <translation>Сервер недоступен. Работа продолжается здесь; изменения будут отправлены позже.</translation>
    </message>
    <message>
        <source>The enrolment code is unknown, used or expired: ask for a new one.</source>
        <translation>Код регистрации неизвестен, уже использован или просрочен: попросите новый.</translation>
    </message>
    <message>
        <source>The server no longer accepts this workstation: enrol it again with a new code.</source>
        <translation>Сервер больше не принимает это рабочее место: зарегистрируйте его заново с новым кодом.</translation>
    </message>
    <message>
        <source>The server runs a newer PrisonDesk: update this workstation, then sync.</source>
        <translation>На сервере более новая версия PrisonDesk: обновите это рабочее место, затем синхронизируйте.</translation>
    </message>
    <message>
        <source>The server runs an older PrisonDesk: ask for the server to be updated.</source>
        <translation>На сервере более старая версия PrisonDesk: попросите обновить сервер.</translation>
    </message>
    <message>
        <source>The enrolment code is for another facility than this workstation's.</source>
        <translation>Код регистрации выдан для другого учреждения, чем у этого рабочего места.</translation>
    </message>
    <message>
        <source>This facility already has data from another workstation. Set this workstation up again and choose to join the existing facility.</source>
        <translation>У этого учреждения уже есть данные с другого рабочего места. Настройте это рабочее место заново и выберите присоединение к существующему учреждению.</translation>
    </message>
    <message>
        <source>This workstation is already enrolled: ask for it to be revoked on the server first.</source>
        <translation>Это рабочее место уже зарегистрировано: попросите сначала отозвать его на сервере.</translation>
    </message>
    <message>
        <source>No workstation of this facility has synced yet: set up the first one with its own administrator.</source>
        <translation>Ни одно рабочее место этого учреждения ещё не синхронизировалось: настройте первое со своим администратором.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>Сервер отказал: {reason}</translation>
    </message>
    <message>
        <source>The server expects PrisonDesk {version}; this workstation has {mine}. Install {version} from {where}, then sync. This workstation's data is kept: the new version takes it over after a backup.</source>
        <translation>Сервер ожидает PrisonDesk {version}, а на этом рабочем месте — {mine}. Установите {version} из {where}, затем синхронизируйте. Данные этого рабочего места сохранятся: новая версия примет их после резервной копии.</translation>
    </message>
    <message>
        <source>The server expects PrisonDesk {version}; this workstation has {mine}. Ask support for the installer of {version}, then sync. This workstation's data is kept: the new version takes it over after a backup.</source>
        <translation>Сервер ожидает PrisonDesk {version}, а на этом рабочем месте — {mine}. Попросите у службы поддержки установщик {version}, затем синхронизируйте. Данные этого рабочего места сохранятся: новая версия примет их после резервной копии.</translation>
    </message>
    <message>
        <source>The facility has no data on the server yet: set up its first workstation.</source>
        <translation>На сервере ещё нет данных учреждения: настройте его первое рабочее место.</translation>
    </message>
    <message>
        <source>User accounts are changed by their administrator, not in conflict review: keep the value, and ask the administrator to change the account.</source>
        <translation>Учётные записи меняет администратор, а не разбор конфликтов: оставьте значение и попросите администратора изменить учётную запись.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Этого конфликта больше нет.</translation>
    </message>
    <message>
        <source>The record was deleted: there is nothing to switch.</source>
        <translation>Запись удалена: заменять нечего.</translation>
    </message>
    <message>
        <source>{name} ({document}) is registered already.</source>
        <translation>{name} ({document}) уже зарегистрирован(а).</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message>
        <source>Choose the lead visitor among the visitors.</source>
        <translation>Выберите главного посетителя среди посетителей.</translation>
    </message>
    <message>
        <source>Choose a visiting time.</source>
        <translation>Выберите время свидания.</translation>
    </message>
    <message>
        <source>The prisoner is not held in this facility.</source>
        <translation>Осуждённый не содержится в этом учреждении.</translation>
    </message>
    <message>
        <source>A visit cannot be booked in the past.</source>
        <translation>Нельзя записать на свидание в прошлом.</translation>
    </message>
    <message>
        <source>There is no such visiting time on {day}.</source>
        <translation>{day} такого времени свиданий нет.</translation>
    </message>
    <message>
        <source>No visits on {day}: {reason}.</source>
        <translation>{day} свиданий нет: {reason}.</translation>
    </message>
    <message>
        <source>This visiting time is full.</source>
        <translation>На это время мест нет.</translation>
    </message>
    <message>
        <source>The prisoner already has a visit then ({number}).</source>
        <translation>У осуждённого уже есть свидание в это время ({number}).</translation>
    </message>
    <message>
        <source>No visit allowance is set for the prisoner's regime: record the regime in the file, or ask the administrator to set its allowance.</source>
        <translation>Для режима осуждённого не задан лимит свиданий: укажите режим в деле или попросите администратора задать лимит.</translation>
    </message>
    <message>
        <source>The allowance for this kind of visit in {month} is used up ({n}).</source>
        <translation>Лимит свиданий этого вида за {month} исчерпан ({n}).</translation>
    </message>
    <message>
        <source>The prisoner may not receive visits then: {reason}.</source>
        <translation>Осуждённому в это время запрещены свидания: {reason}.</translation>
    </message>
    <message>
        <source>The prisoner may receive closed visits only: {reason}.</source>
        <translation>Осуждённому разрешены только закрытые свидания: {reason}.</translation>
    </message>
    <message>
        <source>The prisoner or the visitor was not found.</source>
        <translation>Осуждённый или посетитель не найден.</translation>
    </message>
    <message>
        <source>The lead visitor is banned from visiting then.</source>
        <translation>Главному посетителю в это время запрещены посещения.</translation>
    </message>
    <message>
        <source>The lead visitor is not on the prisoner's approved list.</source>
        <translation>Главного посетителя нет в утверждённом списке осуждённого.</translation>
    </message>
    <message>
        <source>Children may not visit without an adult: add a visitor who is {age} or older on the day of the visit.</source>
        <translation>Дети не могут прийти на свидание без взрослого: добавьте посетителя, которому в день свидания будет не меньше {age} лет.</translation>
    </message>
    <message>
        <source>Too many visitors: at most {total} people, {adults} adults and {children} children.</source>
        <translation>Слишком много посетителей: не более {total} человек, {adults} взрослых и {children} детей.</translation>
    </message>
    <message>
        <source>The gate has recorded this visit already: its outcome is set at the gate.</source>
        <translation>КПП уже отметил это свидание: его итог фиксируется на КПП.</translation>
    </message>
    <message>
        <source>This is not a visit pass. Scan the barcode on the pass, or find the visitor by name.</source>
        <translation>Это не пропуск на свидание. Отсканируйте штрихкод пропуска или найдите посетителя по имени.</translation>
    </message>
    <message>
        <source>This desk cannot check this pass yet: sync, then scan again. If it still fails, find the visitor by name.</source>
        <translation>Это рабочее место пока не может проверить пропуск: синхронизируйте и отсканируйте снова. Если не получится, найдите посетителя по имени.</translation>
    </message>
    <message>
        <source>This pass is not genuine or was misread. Scan it once more; if it fails again, keep the pass and call the supervisor.</source>
        <translation>Пропуск не подлинный или прочитан с ошибкой. Отсканируйте ещё раз; если снова не пройдёт, задержите пропуск и вызовите начальника смены.</translation>
    </message>
    <message>
        <source>The booking of this pass is not on this desk yet: sync, then scan again.</source>
        <translation>Записи по этому пропуску на этом рабочем месте ещё нет: синхронизируйте и отсканируйте снова.</translation>
    </message>
    <message>
        <source>This visit was cancelled: its pass only lets out those still inside.</source>
        <translation>Это свидание отменено: по пропуску можно только выпустить тех, кто ещё внутри.</translation>
    </message>
    <message>
        <source>This pass is for {day}: it only lets out those still inside.</source>
        <translation>Этот пропуск на {day}: по нему можно только выпустить тех, кто ещё внутри.</translation>
    </message>
    <message>
        <source>This visit was cancelled. Entry is refused.</source>
        <translation>Это свидание отменено. В проходе отказано.</translation>
    </message>
    <message>
        <source>This pass is for {day}, not for today.</source>
        <translation>Пропуск на {day}, а не на сегодня.</translation>
    </message>
    <message>
        <source>This pass has been used already.</source>
        <translation>Пропуск уже использован.</translation>
    </message>
    <message>
        <source>This pass has been used already ({outcome}).</source>
        <translation>Пропуск уже использован ({outcome}).</translation>
    </message>
    <message>
        <source>Visitors are inside: let them out with Completed or Terminated.</source>
        <translation>Посетители внутри: выпустите их с итогом «Состоялось» или «Прервано администрацией».</translation>
    </message>
    <message>
        <source>Nobody of this visit was checked in: choose what happened instead.</source>
        <translation>Никто по этому свиданию не был впущен: выберите, что произошло.</translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <source>This is a parcel's barcode: open it in Parcels, not at the visits gate.</source>
        <translation>Это штрихкод посылки: откройте её в разделе «Передачи», а не на КПП свиданий.</translation>
    </message>
    <message>
        <source>Tick the visitors whose documents were checked.</source>
        <translation>Отметьте посетителей, чьи документы проверены.</translation>
    </message>
    <message>
        <source>Entry refused today: {reason}.</source>
        <translation>Сегодня вход запрещён: {reason}.</translation>
    </message>
    <message>
        <source>Entry refused: {names} banned since the booking. Untick them.</source>
        <translation>В проходе отказано: {names} — запрет после записи. Снимите отметку.</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Выберите итог.</translation>
    </message>
    <message>
        <source>This booking is cancelled already.</source>
        <translation>Эта запись уже отменена.</translation>
    </message>
    <message>
        <source>This visitor is on the prisoner's list already.</source>
        <translation>Этот посетитель уже есть в списке осуждённого.</translation>
    </message>
    <message>
        <source>Unknown kind of restriction.</source>
        <translation>Неизвестный вид ограничения.</translation>
    </message>
    <message>
        <source>A restriction concerns a visitor or a prisoner.</source>
        <translation>Ограничение касается посетителя или осуждённого.</translation>
    </message>
    <message>
        <source>An allowance is a number from 0 to 100.</source>
        <translation>Лимит — число от 0 до 100.</translation>
    </message>
    <message>
        <source>Visitor limits are numbers from 1 to 20.</source>
        <translation>Ограничения числа посетителей — числа от 1 до 20.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, e.g. 09:30.</source>
        <translation>Введите время как ЧЧ:ММ, например 09:30.</translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation>Время окончания раньше времени начала.</translation>
    </message>
    <message>
        <source>Choose a weekday.</source>
        <translation>Выберите день недели.</translation>
    </message>
    <message>
        <source>Capacity is a number from 1 to 200.</source>
        <translation>Вместимость — число от 1 до 200.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <source>Choose a visiting room.</source>
        <translation>Выберите комнату свиданий.</translation>
    </message>
    <message>
        <source>The demo was stopped part-way through its visits last time, so this database holds an incomplete demo. Fill the demo into a new data folder (--home), or remove this database first.</source>
        <translation>В прошлый раз заполнение демо-данных было прервано на свиданиях, поэтому в этой базе неполные демо-данные. Заполните демо-данные в новую папку данных (--home) или сначала удалите эту базу.</translation>
    </message>
    <message>
        <source>A quota is 0 to 100 parcels and 0 to 500 kg a month ({regime}).</source>
        <translation>Лимит — от 0 до 100 посылок и от 0 до 500 кг в месяц ({regime}).</translation>
    </message>
    <message>
        <source>The list cannot be empty.</source>
        <translation>Список не может быть пустым.</translation>
    </message>
    <message>
        <source>A name appears twice in the list.</source>
        <translation>Название встречается в списке дважды.</translation>
    </message>
    <message>
        <source>Over the quota: {count} parcels and {kg} kg left this month. A supervisor may accept it with a reason; otherwise hand it back.</source>
        <translation>Сверх лимита: в этом месяце осталось посылок — {count}, веса — {kg} кг. Принять может начальник смены с указанием причины; иначе верните посылку.</translation>
    </message>
    <message>
        <source>No such assessment here.</source>
        <translation>Такой оценки здесь нет.</translation>
    </message>
    <message>
        <source>No such prisoner here.</source>
        <translation>Такого осуждённого здесь нет.</translation>
    </message>
    <message>
        <source>{name} is no longer held here (released or transferred).</source>
        <translation>{name} здесь больше не содержится (освобождение или перевод).</translation>
    </message>
    <message>
        <source>{name} is not held here any more: the parcel cannot be accepted.</source>
        <translation>{name} здесь больше не содержится: посылку принять нельзя.</translation>
    </message>
    <message>
        <source>Choose how the parcel came.</source>
        <translation>Укажите, как поступила посылка.</translation>
    </message>
    <message>
        <source>No such visitor here.</source>
        <translation>Такого посетителя здесь нет.</translation>
    </message>
    <message>
        <source>Weigh the parcel: from 1 g to {kg} kg.</source>
        <translation>Взвесьте посылку: от 1 г до {kg} кг.</translation>
    </message>
    <message>
        <source>Seal {seal} is on a parcel still at the facility: check the number.</source>
        <translation>Пломба {seal} стоит на посылке, которая ещё в учреждении: проверьте номер.</translation>
    </message>
    <message>
        <source>List what the parcel holds: at least one item.</source>
        <translation>Перечислите вложения посылки: хотя бы одно.</translation>
    </message>
    <message>
        <source>A parcel lists at most {n} items.</source>
        <translation>В посылке не более {n} позиций.</translation>
    </message>
    <message>
        <source>Item {row}: choose a category from the list.</source>
        <translation>Позиция {row}: выберите категорию из списка.</translation>
    </message>
    <message>
        <source>Item {row}: describe it in up to 200 characters.</source>
        <translation>Позиция {row}: опишите её (до 200 символов).</translation>
    </message>
    <message>
        <source>Item {row}: a quantity from 1 to {n}.</source>
        <translation>Позиция {row}: количество от 1 до {n}.</translation>
    </message>
    <message>
        <source>Item {row}: choose a unit.</source>
        <translation>Позиция {row}: выберите единицу измерения.</translation>
    </message>
    <message>
        <source>Choose how the parcel was inspected.</source>
        <translation>Укажите способ досмотра посылки.</translation>
    </message>
    <message>
        <source>Say what prohibited thing “{item}” is, from the list.</source>
        <translation>Укажите по списку, какой запрещённый предмет — «{item}».</translation>
    </message>
    <message>
        <source>“{item}” ({what}) needs an incident note.</source>
        <translation>Для «{item}» ({what}) нужна запись о происшествии.</translation>
    </message>
    <message>
        <source>This parcel was refused or is held: it is not handed over.</source>
        <translation>От посылки отказались или она задержана: её не выдают.</translation>
    </message>
    <message>
        <source>The prisoner is not held here any more.</source>
        <translation>Осуждённый здесь больше не содержится.</translation>
    </message>
    <message>
        <source>Only a parcel held after its prisoner left is forwarded.</source>
        <translation>Пересылается только посылка, задержанная после убытия осуждённого.</translation>
    </message>
    <message>
        <source>No such parcel here.</source>
        <translation>Такой посылки здесь нет.</translation>
    </message>
    <message>
        <source>Give a result for every item of the parcel.</source>
        <translation>Укажите результат для каждой позиции посылки.</translation>
    </message>
    <message>
        <source>The x-ray image must be a JPEG or PNG file of at most 8 MB.</source>
        <translation>Рентгеновский снимок — файл JPEG или PNG не более 8 МБ.</translation>
    </message>
    <message>
        <source>A photo must be a JPEG or PNG file of at most 8 MB.</source>
        <translation>Фотография должна быть файлом JPEG или PNG размером не более 8 МБ.</translation>
    </message>
    <message>
        <source>This parcel's way has ended: {status}.</source>
        <translation>Путь этой посылки завершён: {status}.</translation>
    </message>
    <message>
        <source>Inspect the parcel before it is handed over.</source>
        <translation>Досмотрите посылку перед выдачей.</translation>
    </message>
    <message>
        <source>This is a visit pass: scan it at the visits gate, not here.</source>
        <translation>Это пропуск на свидание: сканируйте его на КПП свиданий, а не здесь.</translation>
    </message>
    <message>
        <source>No parcel here has this number. Scan the barcode on the parcel's label or receipt, or find the parcel by the prisoner.</source>
        <translation>Посылки с таким номером здесь нет. Сканируйте штрих-код на ярлыке или квитанции посылки или найдите посылку по осуждённому.</translation>
    </message>
    <message>
        <source>Inspect the parcel before its handover sheet is printed.</source>
        <translation>Досмотрите посылку до печати листа выдачи.</translation>
    </message>
    <message>
        <source>This parcel is not handed over: {status}.</source>
        <translation>Эта посылка не выдана: {status}.</translation>
    </message>
    <message>
        <source>{name}'s deposit has not been paid out: there is no card sheet to print again.</source>
        <translation>Депозит {name} не выплачен: повторно печатать лист о карте нечего.</translation>
    </message>
    <message>
        <source>No such workshop place here.</source>
        <translation>Такого места в мастерской здесь нет.</translation>
    </message>
    <message>
        <source>A certificate is printed for a training programme completed: end the place as completed first.</source>
        <translation>Свидетельство печатается только по завершённой учебной программе: сначала закройте место с причиной «Завершено».</translation>
    </message>
    <message>
        <source>Choose the statement's days: its end after its start, ten years at most.</source>
        <translation>Укажите период выписки: дата окончания позже даты начала, не более десяти лет.</translation>
    </message>
    <message>
        <source>A payout is more than 0, in tyiyn (whole numbers).</source>
        <translation>Сумма выплаты должна быть больше 0 и выражена в целых тыйынах.</translation>
    </message>
    <message>
        <source>{name} has nothing on the deposit account: there is no payout.</source>
        <translation>{name}: на депозитном счёте нет средств, выплачивать нечего.</translation>
    </message>
    <message>
        <source>{name}'s deposit account holds {balance} som: {amount} som is more than that.</source>
        <translation>{name}: на депозитном счёте {balance} сом, сумма {amount} сом превышает остаток.</translation>
    </message>
    <message>
        <source>{name} is not released: the part held until release ({held} som) is paid only on release. Pay at most the spendable part ({spendable} som).</source>
        <translation>{name} не освобождён(а): часть, хранящаяся до освобождения ({held} сом), выплачивается только при освобождении. Можно выплатить не больше части на текущие расходы ({spendable} сом).</translation>
    </message>
    <message>
        <source>{workshop} already pays band {band} a rate from {start} on: end that rate first, or start this one after it.</source>
        <translation>В мастерской «{workshop}» для разряда {band} уже действует ставка с {start}: сначала установите дату окончания той ставки или начните эту после неё.</translation>
    </message>
    <message>
        <source>{workshop} already pays band {band} a rate from {start} to {end}: end that rate first, or start this one after it.</source>
        <translation>В мастерской «{workshop}» для разряда {band} уже действует ставка с {start} по {end}: сначала установите дату окончания той ставки или начните эту после неё.</translation>
    </message>
    <message>
        <source>No such pay rate here.</source>
        <translation>Такой ставки здесь нет.</translation>
    </message>
    <message>
        <source>Choose what the rate pays for: a session, an hour or a piece.</source>
        <translation>Выберите, за что начисляется ставка: за смену, за час или за штуку.</translation>
    </message>
    <message>
        <source>A rate is more than 0 and at most {max} som, in tyiyn (whole numbers).</source>
        <translation>Ставка должна быть больше 0 и не более {max} сом, в целых тыйынах.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>Отчёта «{name}» нет.</translation>
    </message>
    <message>
        <source>You may not read the reports of that facility.</source>
        <translation>Вам нельзя читать отчёты этого учреждения.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <source>The range cannot end before it begins.</source>
        <translation>Период не может закончиться раньше, чем начался.</translation>
    </message>
    <message>
        <source>A report covers at most {n} days.</source>
        <translation>Отчёт охватывает не больше {n} дней.</translation>
    </message>
    <message>
        <source>A rate cannot end before it begins ({start}).</source>
        <translation>Ставка не может заканчиваться раньше даты начала ({start}).</translation>
    </message>
    <message>
        <source>The pay period is not approved yet: a supervisor approves it first.</source>
        <translation>Расчётный период ещё не утверждён: сначала его должен утвердить начальник отряда.</translation>
    </message>
    <message>
        <source>The payroll does not agree with the deposit ledger: the lines come to {lines} som, the ledger holds {posted} som for the period. Sync the desk and check with a supervisor.</source>
        <translation>Ведомость не сходится с учётом депозитных счетов: по строкам ведомости — {lines} сом, в учёте за этот период проведено {posted} сом. Выполните синхронизацию рабочего места и обратитесь к начальнику отряда.</translation>
    </message>
    <message>
        <source>The part held until release is a whole percentage from 0 to 100.</source>
        <translation>Часть, хранящаяся до освобождения, задаётся целым числом процентов от 0 до 100.</translation>
    </message>
    <message>
        <source>No prisoner here has this number. Scan the ID card again, or mark them on the list.</source>
        <translation>Осуждённого с таким номером здесь нет. Отсканируйте удостоверение ещё раз или отметьте осуждённого в списке.</translation>
    </message>
    <message>
        <source>No such attendance mark here.</source>
        <translation>Такой отметки в табеле здесь нет.</translation>
    </message>
    <message>
        <source>This mark has been corrected already: correct the current one.</source>
        <translation>Эта отметка уже исправлена: исправляйте действующую отметку.</translation>
    </message>
    <message>
        <source>Choose a period of up to a year, its end after its start.</source>
        <translation>Выберите период не более года; дата окончания — позже даты начала.</translation>
    </message>
    <message>
        <source>This reason needs a note: say what happened.</source>
        <translation>Для этой причины нужно примечание: укажите, что произошло.</translation>
    </message>
    <message>
        <source>An absence makes no pieces.</source>
        <translation>При отсутствии выработка в штуках не указывается.</translation>
    </message>
    <message>
        <source>An unpaid absence has no minutes worked.</source>
        <translation>При неоплачиваемом отсутствии отработанное время не указывается.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Выберите день.</translation>
    </message>
    <message>
        <source>Choose the morning, the afternoon or the full day.</source>
        <translation>Выберите: первая половина дня, вторая половина дня или полный день.</translation>
    </message>
    <message>
        <source>Choose present, or a reason from the list.</source>
        <translation>Выберите «Присутствовал» или причину из списка.</translation>
    </message>
    <message>
        <source>A whole number from 0 to {n}.</source>
        <translation>Целое число от 0 до {n}.</translation>
    </message>
    <message>
        <source>{day} has not come yet: mark a session once it is held.</source>
        <translation>Дата {day} ещё не наступила: отмечайте смену после того, как она проведена.</translation>
    </message>
    <message>
        <source>The pay period {first} – {last} has been computed: a supervisor discards it before its attendance changes, then runs it again.</source>
        <translation>Оплата за период {first} – {last} уже рассчитана: чтобы изменить посещаемость, начальник сначала отменяет расчёт, затем рассчитывает заново.</translation>
    </message>
    <message>
        <source>The pay period {first} – {last} has been approved: its attendance can no longer change.</source>
        <translation>Оплата за период {first} – {last} утверждена: его посещаемость больше не меняется.</translation>
    </message>
    <message>
        <source>{name} is no longer held here (released or transferred): no attendance can be marked.</source>
        <translation>{name} здесь больше не содержится (освобождение или перевод): отметить посещаемость нельзя.</translation>
    </message>
    <message>
        <source>{workshop} holds no such session on {day}: check the day and part.</source>
        <translation>В мастерской «{workshop}» нет такой смены {day}: проверьте день и часть дня.</translation>
    </message>
    <message>
        <source>{name} ({number}) has no place in {workshop} on {day}.</source>
        <translation>У осуждённого {name} ({number}) нет места в мастерской «{workshop}» на {day}.</translation>
    </message>
    <message>
        <source>{name} is already marked for this session: correct the mark to change it.</source>
        <translation>{name}: отметка в этой смене уже есть; чтобы изменить её, исправьте отметку.</translation>
    </message>
    <message>
        <source>The period ends on {day}, which has not come yet: run it after.</source>
        <translation>Период заканчивается {day}, а эта дата ещё не наступила: рассчитайте его позже.</translation>
    </message>
    <message>
        <source>This pay period has been approved: its wages are posted and it stays.</source>
        <translation>Этот период оплаты утверждён: заработок зачислен, период остаётся.</translation>
    </message>
    <message>
        <source>This pay period has been approved already: its wages are posted.</source>
        <translation>Этот расчётный период уже утверждён: заработная плата зачислена на счета.</translation>
    </message>
    <message>
        <source>{workshop} has no rate for band {band} on {day} ({count} paid sessions without a rate): add the rate, then run the period.</source>
        <translation>В мастерской «{workshop}» нет ставки для разряда {band} на {day} (оплачиваемых смен без ставки: {count}): добавьте ставку, затем рассчитайте период.</translation>
    </message>
    <message>
        <source>Marks that disagree (sessions: {count}), the first of {name} in {workshop} on {day}: correct them in the register (marked ⚠), then run the period.</source>
        <translation>Есть расходящиеся отметки (занятий: {count}), первая — {name}, {workshop}, {day}: исправьте их в журнале (помечены ⚠), затем рассчитайте период.</translation>
    </message>
    <message>
        <source>The period cannot end before it begins.</source>
        <translation>Период не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <source>A pay period is at most {n} days.</source>
        <translation>Расчётный период — не более {n} дн.</translation>
    </message>
    <message>
        <source>The pay period {first} – {last} has been run already and covers these days: a day is paid once.</source>
        <translation>Расчётный период {first} – {last} уже рассчитан и включает эти дни: каждый день оплачивается только один раз.</translation>
    </message>
    <message>
        <source>No such pay period here.</source>
        <translation>Такого расчётного периода здесь нет.</translation>
    </message>
    <message>
        <source>No such workshop here.</source>
        <translation>Такой мастерской здесь нет.</translation>
    </message>
    <message>
        <source>No such training programme here.</source>
        <translation>Такой учебной программы здесь нет.</translation>
    </message>
    <message>
        <source>There is already a workshop called “{name}”.</source>
        <translation>Мастерская с названием «{name}» уже существует.</translation>
    </message>
    <message>
        <source>A workshop takes from 1 to {n} people.</source>
        <translation>Вместимость мастерской — от 1 до {n} человек.</translation>
    </message>
    <message>
        <source>A half-day session lasts from {least} minutes to {most} hours.</source>
        <translation>Занятие на полдня длится от {least} минут до {most} часов.</translation>
    </message>
    <message>
        <source>An instructor is an instructor's or a supervisor's account of this facility: choose from the list.</source>
        <translation>Мастером может быть только учётная запись мастера производственного обучения или начальника отряда этого учреждения: выберите из списка.</translation>
    </message>
    <message>
        <source>A session is a day of the week and a morning, afternoon or full day.</source>
        <translation>Смена задаётся днём недели и частью дня: первая половина, вторая половина или полный день.</translation>
    </message>
    <message>
        <source>The same session is listed twice.</source>
        <translation>Одна и та же смена указана дважды.</translation>
    </message>
    <message>
        <source>A full-day session takes the whole day: no morning or afternoon session on the same day.</source>
        <translation>Смена на полный день занимает весь день: в этот день не может быть смены в первой или второй половине дня.</translation>
    </message>
    <message>
        <source>This workshop already has a programme called “{name}”.</source>
        <translation>В этой мастерской уже есть программа «{name}».</translation>
    </message>
    <message>
        <source>A programme lasts from 1 to {n} days.</source>
        <translation>Продолжительность программы — от 1 до {n} дн.</translation>
    </message>
    <message>
        <source>This place already ended on {day}.</source>
        <translation>Это место уже закрыто {day}.</translation>
    </message>
    <message>
        <source>Attendance is already recorded for {marked}: the place ends on that day or later.</source>
        <translation>Посещаемость уже отмечена за {marked}: место можно закрыть этим днём или позже.</translation>
    </message>
    <message>
        <source>Choose the place's last day.</source>
        <translation>Выберите последний день занятости на этом месте.</translation>
    </message>
    <message>
        <source>The place began on {start}: it cannot end before that day.</source>
        <translation>Место предоставлено с {start}: закрыть его раньше этой даты нельзя.</translation>
    </message>
    <message>
        <source>A place ends today or on a day gone by, not in the future.</source>
        <translation>Место закрывается сегодняшним или уже прошедшим днём, но не будущим.</translation>
    </message>
    <message>
        <source>Choose why the place ends.</source>
        <translation>Выберите причину закрытия места.</translation>
    </message>
    <message>
        <source>Say why the entry is taken off the list.</source>
        <translation>Укажите, почему запись снимается с листа ожидания.</translation>
    </message>
    <message>
        <source>{workshop} is full on {day}: {taken} of {capacity} places are taken. End a place first, or choose a later start.</source>
        <translation>Мастерская «{workshop}» на {day} заполнена: занято мест — {taken} из {capacity}. Сначала закройте одно из мест или выберите более позднюю дату начала.</translation>
    </message>
    <message>
        <source>This entry is {status}: it cannot be made {target} now.</source>
        <translation>Статус записи — «{status}»: перевести её в статус «{target}» сейчас нельзя.</translation>
    </message>
    <message>
        <source>No such entry on a waiting list here.</source>
        <translation>Такой записи в листе ожидания здесь нет.</translation>
    </message>
    <message>
        <source>{name} is not held here: a workshop place is only for those who are.</source>
        <translation>{name} здесь не содержится: место в мастерской предоставляется только лицам, содержащимся в этом учреждении.</translation>
    </message>
    <message>
        <source>Choose one of this workshop's programmes.</source>
        <translation>Выберите одну из программ этой мастерской.</translation>
    </message>
    <message>
        <source>Say who proposes the place: staff or the assessment.</source>
        <translation>Укажите, кто предлагает место: сотрудники или по итогам оценки.</translation>
    </message>
    <message>
        <source>Choose the day the place starts.</source>
        <translation>Выберите дату, с которой предоставляется место.</translation>
    </message>
    <message>
        <source>Say why the place is declined.</source>
        <translation>Укажите причину отказа в месте.</translation>
    </message>
    <message>
        <source>{name} is already on the list of {workshop}: decide that entry.</source>
        <translation>{name} уже в листе ожидания мастерской «{workshop}»: примите решение по этой записи.</translation>
    </message>
    <message>
        <source>{name} already has a place in {workshop}.</source>
        <translation>У осуждённого {name} уже есть место в мастерской «{workshop}».</translation>
    </message>
    <message>
        <source>Version {version} of the instrument {instrument} is not installed.</source>
        <translation>Версия {version} инструмента {instrument} не установлена.</translation>
    </message>
    <message>
        <source>The instrument {instrument} is not installed.</source>
        <translation>Инструмент {instrument} не установлен.</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}.</source>
        <translation>Не удаётся прочитать файл: {detail}.</translation>
    </message>
    <message>
        <source>The file must be named “{expected}”, after its id and version.</source>
        <translation>Файл должен называться «{expected}» — по идентификатору и версии инструмента.</translation>
    </message>
    <message>
        <source>Unknown level “{level}”.</source>
        <translation>Неизвестный уровень «{level}».</translation>
    </message>
    <message>
        <source>Unknown section “{section}”.</source>
        <translation>Неизвестный раздел «{section}».</translation>
    </message>
    <message>
        <source>“{section}” is not a risk section: the level counts risk sections.</source>
        <translation>«{section}» — не раздел рисков: уровень считается по разделам рисков.</translation>
    </message>
    <message>
        <source>“{section}” is not a need section: needs come from need sections.</source>
        <translation>«{section}» — не раздел потребностей: потребности определяются по разделам потребностей.</translation>
    </message>
    <message>
        <source>This rule can never apply: {value} is above the most the section can score, {highest}.</source>
        <translation>Это правило никогда не сработает: {value} больше наибольшего балла раздела ({highest}).</translation>
    </message>
    <message>
        <source>The section “{section}” is counted twice.</source>
        <translation>Раздел «{section}» учтён дважды.</translation>
    </message>
    <message>
        <source>“{key}” is empty.</source>
        <translation>Поле «{key}» пусто.</translation>
    </message>
    <message>
        <source>Threshold levels must rise: “{level}” is not above “{previous}”.</source>
        <translation>Уровни порогов должны возрастать: «{level}» не выше «{previous}».</translation>
    </message>
    <message>
        <source>The first threshold must start from 0, not {value}.</source>
        <translation>Первый порог должен начинаться с 0, а не с {value}.</translation>
    </message>
    <message>
        <source>Thresholds must rise: {value} is not above the previous {previous}.</source>
        <translation>Пороги должны возрастать: {value} не больше предыдущего ({previous}).</translation>
    </message>
    <message>
        <source>This threshold can never be reached: {value} is above the highest possible total, {highest}.</source>
        <translation>Этот порог недостижим: {value} больше наибольшей возможной суммы ({highest}).</translation>
    </message>
    <message>
        <source>Unknown need “{code}”: the needs are {known}.</source>
        <translation>Неизвестная потребность «{code}»; допустимы: {known}.</translation>
    </message>
    <message>
        <source>The need “{code}” has more than one rule.</source>
        <translation>Для потребности «{code}» задано несколько правил.</translation>
    </message>
    <message>
        <source>Not valid TOML: {detail}.</source>
        <translation>Ошибка синтаксиса TOML: {detail}.</translation>
    </message>
    <message>
        <source>The level “{code}” is declared more than once.</source>
        <translation>Уровень «{code}» объявлен более одного раза.</translation>
    </message>
    <message>
        <source>“{kind}” is not a section kind: use risk or need.</source>
        <translation>«{kind}» — не вид раздела: укажите risk или need.</translation>
    </message>
    <message>
        <source>The section id “{id}” is used more than once.</source>
        <translation>Идентификатор раздела «{id}» используется более одного раза.</translation>
    </message>
    <message>
        <source>The item id “{id}” is already used at {first}.</source>
        <translation>Идентификатор вопроса «{id}» уже используется в {first}.</translation>
    </message>
    <message>
        <source>The score {score} is outside the item's scale, {low} to {high}.</source>
        <translation>Балл {score} выходит за шкалу вопроса: от {low} до {high}.</translation>
    </message>
    <message>
        <source>The option code “{code}” is used more than once in this item.</source>
        <translation>Код варианта «{code}» используется в этом вопросе более одного раза.</translation>
    </message>
    <message>
        <source>An item needs at least two options.</source>
        <translation>У вопроса должно быть не меньше двух вариантов ответа.</translation>
    </message>
    <message>
        <source>A scale is two whole numbers: [lowest, highest].</source>
        <translation>Шкала — это два целых числа: [наименьшее, наибольшее].</translation>
    </message>
    <message>
        <source>Scores start at 0: the lowest cannot be {low}.</source>
        <translation>Баллы начинаются с 0: наименьшее значение не может быть {low}.</translation>
    </message>
    <message>
        <source>The scale's lowest score {low} is above its highest {high}.</source>
        <translation>Наименьший балл шкалы ({low}) больше наибольшего ({high}).</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>текстом в кавычках</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a table of fields</source>
        <translation>таблицей полей</translation>
    </message>
    <message>
        <source>a table of texts by language (en, ru, ky)</source>
        <translation>таблицей текстов по языкам (en, ru, ky)</translation>
    </message>
    <message>
        <source>a list of ids in quotes</source>
        <translation>списком идентификаторов в кавычках</translation>
    </message>
    <message>
        <source>a list of tables ([[…]])</source>
        <translation>списком таблиц ([[…]])</translation>
    </message>
    <message>
        <source>The instrument file {source} cannot be used:</source>
        <translation>Файл инструмента {source} нельзя использовать:</translation>
    </message>
    <message>
        <source>“{key}” is missing.</source>
        <translation>Не указано поле «{key}».</translation>
    </message>
    <message>
        <source>Unknown field “{key}”: the fields here are {known}.</source>
        <translation>Неизвестное поле «{key}»; здесь допустимы поля: {known}.</translation>
    </message>
    <message>
        <source>“{key}” must be {expected}.</source>
        <translation>«{key}» должно быть {expected}.</translation>
    </message>
    <message>
        <source>“{key}” must be at least {minimum}, not {value}.</source>
        <translation>«{key}» должно быть не меньше {minimum}, а не {value}.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid id: use lower-case Latin letters and digits, joined by . _ or -.</source>
        <translation>«{value}» — недопустимый идентификатор: используйте строчные латинские буквы и цифры, соединённые знаками . _ или -.</translation>
    </message>
    <message>
        <source>Unknown language “{language}”: texts are given in en, ru and ky.</source>
        <translation>Неизвестный язык «{language}»: тексты задаются на en, ru и ky.</translation>
    </message>
    <message>
        <source>The text in “{language}” is missing.</source>
        <translation>Нет текста на языке «{language}».</translation>
    </message>
    <message>
        <source>The text in “{language}” is empty.</source>
        <translation>Текст на языке «{language}» пуст.</translation>
    </message>
    <message>
        <source>The instrument {instrument} has no item “{item}”.</source>
        <translation>В инструменте {instrument} нет вопроса «{item}».</translation>
    </message>
    <message>
        <source>The item “{item}” has no option “{option}”.</source>
        <translation>У вопроса «{item}» нет варианта «{option}».</translation>
    </message>
    <message>
        <source>A first assessment is due within 1 to {n} days of admission.</source>
        <translation>Срок первичной оценки — от 1 до {n} дней после приёма.</translation>
    </message>
    <message>
        <source>Choose a wing of this facility for each level.</source>
        <translation>Для каждого уровня выберите блок этого учреждения.</translation>
    </message>
    <message>
        <source>{name} has an assessment not yet approved: go on with that one.</source>
        <translation>{name}: уже есть не утверждённая оценка — продолжите работу с ней.</translation>
    </message>
    <message>
        <source>A first assessment has the reason “first assessment”; a later one is a review with its own reason.</source>
        <translation>У первичной оценки причина — «Первичная оценка»; последующая оценка — это пересмотр со своей причиной.</translation>
    </message>
    <message>
        <source>Answer every required question before submitting: {count} left, marked in the form.</source>
        <translation>Перед отправкой на утверждение ответьте на все обязательные вопросы: осталось {count}, они отмечены в форме.</translation>
    </message>
    <message>
        <source>You made or submitted this assessment: another supervisor approves it.</source>
        <translation>Вы составили или направили эту оценку: утвердить её должен другой начальник отряда.</translation>
    </message>
    <message>
        <source>Choose one of the instrument's levels.</source>
        <translation>Выберите один из уровней инструмента.</translation>
    </message>
    <message>
        <source>Write why the level differs from the instrument's: an override needs its reason.</source>
        <translation>Укажите, почему уровень отличается от уровня по инструменту: для изменения уровня нужна причина.</translation>
    </message>
    <message>
        <source>Choose why the assessment is made.</source>
        <translation>Выберите причину оценки.</translation>
    </message>
    <message>
        <source>This assessment is approved and no longer changes: start a reassessment.</source>
        <translation>Эта оценка утверждена и больше не меняется: начните повторную оценку.</translation>
    </message>
    <message>
        <source>This assessment is awaiting approval: it changes only if a supervisor sends it back.</source>
        <translation>Эта оценка ожидает утверждения: изменить её можно, только если начальник отряда вернёт её на доработку.</translation>
    </message>
    <message>
        <source>This cannot be done to an assessment that is {status}.</source>
        <translation>С оценкой в статусе «{status}» этого сделать нельзя.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Укажите дату следующего пересмотра.</translation>
    </message>
    <message>
        <source>The next review cannot be in the past.</source>
        <translation>Дата следующего пересмотра не может быть в прошлом.</translation>
    </message>
    <message>
        <source>Choose what kind of action it is.</source>
        <translation>Выберите вид мероприятия.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Выберите из списка.</translation>
    </message>
    <message>
        <source>Set the target date.</source>
        <translation>Укажите срок.</translation>
    </message>
    <message>
        <source>The target date cannot be in the past.</source>
        <translation>Срок не может быть в прошлом.</translation>
    </message>
    <message>
        <source>The owner is a user of this facility: choose from the list.</source>
        <translation>Ответственным может быть только пользователь этого учреждения: выберите из списка.</translation>
    </message>
    <message>
        <source>A plan is built from an approved assessment: approve it first.</source>
        <translation>План составляется по утверждённой оценке: сначала утвердите её.</translation>
    </message>
    <message>
        <source>No such plan action here.</source>
        <translation>Такого мероприятия плана здесь нет.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled as a headquarters desk.</source>
        <translation>Это рабочее место не зарегистрировано как рабочее место центрального аппарата.</translation>
    </message>
    <message>
        <source>This is a headquarters desk: it reads every facility and changes none.</source>
        <translation>Это рабочее место центрального аппарата: оно читает данные всех учреждений и ничего в них не меняет.</translation>
    </message>
    <message>
        <source>No facility you may read has the code {code}.</source>
        <translation>Нет учреждения с кодом {code}, отчёты которого вам доступны.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Гендерная идентичность</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Номер решения</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Custody type</source>
        <translation>Вид содержания</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Term: years</source>
        <translation>Срок: лет</translation>
    </message>
    <message>
        <source>Term: months</source>
        <translation>Срок: месяцев</translation>
    </message>
    <message>
        <source>Term: days</source>
        <translation>Срок: дней</translation>
    </message>
    <message>
        <source>Days credited</source>
        <translation>Зачтено дней</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Transferred from</source>
        <translation>Переведён из</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Переведён в</translation>
    </message>
    <message>
        <source>Injuries examined</source>
        <translation>Осмотр на телесные повреждения</translation>
    </message>
    <message>
        <source>Rights explained</source>
        <translation>Права разъяснены</translation>
    </message>
    <message>
        <source>Language of the explanation</source>
        <translation>Язык разъяснения</translation>
    </message>
    <message>
        <source>Rights explained at</source>
        <translation>Когда разъяснены права</translation>
    </message>
    <message>
        <source>No family contact</source>
        <translation>Нет контакта с семьёй</translation>
    </message>
    <message>
        <source>Family note</source>
        <translation>Примечание о семье</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Степень родства</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Ближайший родственник</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Часть тела</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Complaint of ill-treatment</source>
        <translation>Жалоба на жестокое обращение</translation>
    </message>
    <message>
        <source>Medical service notified</source>
        <translation>Медслужба уведомлена</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Visits at once</source>
        <translation>Свиданий одновременно</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Главный посетитель</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Must change the password</source>
        <translation>Должен сменить пароль</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кто одобрил</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Когда одобрен</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Свидание</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Комната</translation>
    </message>
    <message>
        <source>Visiting time</source>
        <translation>Время свиданий</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Номер отслеживания</translation>
    </message>
    <message>
        <source>Sender (visitor)</source>
        <translation>Отправитель (посетитель)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sender's document</source>
        <translation>Документ отправителя</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Seal or tag</source>
        <translation>Пломба или бирка</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Workshop place</source>
        <translation>Место в мастерской</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Pay band</source>
        <translation>Разряд</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Рассчитано</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>Рассчитал(а)</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Решил(а)</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>In force to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Note on the end</source>
        <translation>Примечание к окончанию</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Причина окончания</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Half-day sessions</source>
        <translation>Смен по полдня</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>До освобождения</translation>
    </message>
    <message>
        <source>Share held until release</source>
        <translation>Доля, хранящаяся до освобождения</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation>Продолжительность, дней</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Часть дня</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Изделия, шт.</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Учебная программа</translation>
    </message>
    <message>
        <source>Put on the list</source>
        <translation>Внесён(а) в список</translation>
    </message>
    <message>
        <source>Put on the list by</source>
        <translation>Внёс(ла) в список</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Кто предложил</translation>
    </message>
    <message>
        <source>Length of a half-day session</source>
        <translation>Длительность занятия (полдня)</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>На текущие расходы</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Instrument version</source>
        <translation>Версия инструмента</translation>
    </message>
    <message>
        <source>Instrument file</source>
        <translation>Файл инструмента</translation>
    </message>
    <message>
        <source>Why, in words</source>
        <translation>Пояснение причины</translation>
    </message>
    <message>
        <source>Assessment reviewed</source>
        <translation>Пересматриваемая оценка</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Section scores</source>
        <translation>Баллы по разделам</translation>
    </message>
    <message>
        <source>Risk total</source>
        <translation>Сумма баллов риска</translation>
    </message>
    <message>
        <source>Level by the instrument</source>
        <translation>Уровень по инструменту</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <source>Why the level was overridden</source>
        <translation>Причина изменения уровня</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Кто проводил оценку</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начата</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кто создал</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Prisoner file</source>
        <translation>Личное дело</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Контакт родственника</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Телесное повреждение</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Вещи</translation>
    </message>
    <message>
        <source>Instructor of a workshop</source>
        <translation>Инструктор мастерской</translation>
    </message>
    <message>
        <source>Weekly session</source>
        <translation>Еженедельная смена</translation>
    </message>
    <message>
        <source>Waiting list entry</source>
        <translation>Запись в листе ожидания</translation>
    </message>
    <message>
        <source>Pay rate</source>
        <translation>Ставка оплаты</translation>
    </message>
    <message>
        <source>Pay of a prisoner in a period</source>
        <translation>Оплата осуждённого за период</translation>
    </message>
    <message>
        <source>Risk and needs assessment</source>
        <translation>Оценка рисков и потребностей</translation>
    </message>
    <message>
        <source>Rehabilitation plan action</source>
        <translation>Мероприятие плана реабилитации</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Facility setting</source>
        <translation>Настройка учреждения</translation>
    </message>
    <message>
        <source>Visitor's photo</source>
        <translation>Фото посетителя</translation>
    </message>
    <message>
        <source>Approved visitor</source>
        <translation>Одобренный посетитель</translation>
    </message>
    <message>
        <source>Visit restriction</source>
        <translation>Ограничение свиданий</translation>
    </message>
    <message>
        <source>Visit room</source>
        <translation>Комната свиданий</translation>
    </message>
    <message>
        <source>Day without visits</source>
        <translation>День без свиданий</translation>
    </message>
    <message>
        <source>Visitor of a visit</source>
        <translation>Посетитель свидания</translation>
    </message>
    <message>
        <source>Item of a parcel</source>
        <translation>Вложение посылки</translation>
    </message>
</context>
<context>
    <name>gate</name>
    <message>
        <source>Completed</source>
        <translation>Состоялось</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Не пришли</translation>
    </message>
    <message>
        <source>Failed the security check</source>
        <translation>Не прошли досмотр</translation>
    </message>
    <message>
        <source>Declined entry</source>
        <translation>Отказано во входе</translation>
    </message>
    <message>
        <source>Terminated by staff</source>
        <translation>Прервано администрацией</translation>
    </message>
    <message>
        <source>Prisoner refused</source>
        <translation>Осуждённый отказался</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Short visit</source>
        <translation>Краткосрочное свидание</translation>
    </message>
    <message>
        <source>Long family visit</source>
        <translation>Длительное свидание</translation>
    </message>
    <message>
        <source>Lawyer visit</source>
        <translation>Свидание с адвокатом</translation>
    </message>
    <message>
        <source>Official visit</source>
        <translation>Официальное посещение</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Содержится</translation>
    </message>
    <message>
        <source>At court</source>
        <translation>В суде</translation>
    </message>
    <message>
        <source>Arriving by transfer</source>
        <translation>Прибывает по переводу</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Осуждён</translation>
    </message>
    <message>
        <source>On remand</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Строгий</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Особый</translation>
    </message>
    <message>
        <source>Colony-settlement</source>
        <translation>Колония-поселение</translation>
    </message>
    <message>
        <source>Remand (SIZO)</source>
        <translation>Под стражей (СИЗО)</translation>
    </message>
    <message>
        <source>No family or next of kin</source>
        <translation>Нет семьи и близких родственников</translation>
    </message>
    <message>
        <source>The prisoner declined to name a contact</source>
        <translation>Отказался назвать контакт</translation>
    </message>
    <message>
        <source>identity (name, date of birth, sex)</source>
        <translation>личные данные (ФИО, дата рождения, пол)</translation>
    </message>
    <message>
        <source>legal basis (authority, decision, custody type)</source>
        <translation>правовое основание (орган, решение, вид содержания)</translation>
    </message>
    <message>
        <source>regime and wing</source>
        <translation>режим и блок</translation>
    </message>
    <message>
        <source>injury examination</source>
        <translation>осмотр на телесные повреждения</translation>
    </message>
    <message>
        <source>family or next-of-kin contact</source>
        <translation>контакт семьи или ближайшего родственника</translation>
    </message>
    <message>
        <source>languages the prisoner understands</source>
        <translation>языки, понятные осуждённому</translation>
    </message>
    <message>
        <source>rights and rules explained</source>
        <translation>разъяснение прав и правил</translation>
    </message>
    <message>
        <source>The PIN does not match the date of birth.</source>
        <translation>ПИН не совпадает с датой рождения.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Уйгурский</translation>
    </message>
    <message>
        <source>Dungan</source>
        <translation>Дунганский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Свидания</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Мастерские</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрирование</translation>
    </message>
</context>
<context>
    <name>movements</name>
    <message>
        <source>Move to another wing or cell</source>
        <translation>Перевод в другой блок или камеру</translation>
    </message>
    <message>
        <source>Out to court</source>
        <translation>Убытие в суд</translation>
    </message>
    <message>
        <source>Back from court</source>
        <translation>Возвращение из суда</translation>
    </message>
    <message>
        <source>Transfer to another facility</source>
        <translation>Перевод в другое учреждение</translation>
    </message>
    <message>
        <source>Arrival by transfer</source>
        <translation>Прибытие по переводу</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Приём</translation>
    </message>
</context>
<context>
    <name>parcels</name>
    <message>
        <source>Handed in at the gate</source>
        <translation>Передана на КПП</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>уп.</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>мл</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <source>Awaiting inspection</source>
        <translation>Ожидает досмотра</translation>
    </message>
    <message>
        <source>Awaiting handover</source>
        <translation>Ожидает выдачи</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Досмотрена</translation>
    </message>
    <message>
        <source>Refused by the prisoner</source>
        <translation>Осуждённый отказался</translation>
    </message>
    <message>
        <source>Held: the prisoner has left</source>
        <translation>Задержана: осуждённый убыл</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Переслана</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Возвращена отправителю</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Рентген</translation>
    </message>
    <message>
        <source>Manual search</source>
        <translation>Ручной досмотр</translation>
    </message>
    <message>
        <source>X-ray and manual search</source>
        <translation>Рентген и ручной досмотр</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Изъято</translation>
    </message>
    <message>
        <source>To the medical service</source>
        <translation>В медицинскую часть</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Продукты питания</translation>
    </message>
    <message>
        <source>Clothing and footwear</source>
        <translation>Одежда и обувь</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Средства гигиены</translation>
    </message>
    <message>
        <source>Books and stationery</source>
        <translation>Книги и канцтовары</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Табачные изделия</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Лекарства</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Алкоголь</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Наркотики</translation>
    </message>
    <message>
        <source>Mobile phones and SIM cards</source>
        <translation>Мобильные телефоны и SIM-карты</translation>
    </message>
    <message>
        <source>Sharp objects</source>
        <translation>Колющие и режущие предметы</translation>
    </message>
    <message>
        <source>Cash over the limit</source>
        <translation>Наличные сверх лимита</translation>
    </message>
    <message>
        <source>Medicines not prescribed</source>
        <translation>Лекарства не по назначению врача</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Born: {date}</source>
        <translation>Дата рождения: {date}</translation>
    </message>
    <message>
        <source>Wing: {wing}</source>
        <translation>Блок: {wing}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <source>Receipt for stored property</source>
        <translation>Квитанция о приёме личных вещей на хранение</translation>
    </message>
    <message>
        <source>Items listed: {count}</source>
        <translation>Всего предметов: {count}</translation>
    </message>
    <message>
        <source>Prisoner's signature</source>
        <translation>Подпись осуждённого</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Сотрудник: {name}</translation>
    </message>
    <message>
        <source>Short visit</source>
        <translation>Краткосрочное свидание</translation>
    </message>
    <message>
        <source>Long family visit</source>
        <translation>Длительное свидание</translation>
    </message>
    <message>
        <source>Lawyer visit</source>
        <translation>Свидание с адвокатом</translation>
    </message>
    <message>
        <source>Official visit</source>
        <translation>Официальное посещение</translation>
    </message>
    <message>
        <source>Come 30 minutes early with this pass and an identity document. Phones, money, food and medicines are left at the gate. Children come with an adult on this pass.</source>
        <translation>Приходите за 30 минут с этим пропуском и документом, удостоверяющим личность. Телефоны, деньги, продукты и лекарства сдаются на КПП. Дети проходят со взрослым, указанным в пропуске.</translation>
    </message>
    <message>
        <source>If the barcode does not scan, type:</source>
        <translation>Если штрихкод не читается, введите:</translation>
    </message>
    <message>
        <source>VISIT PASS</source>
        <translation>ПРОПУСК НА СВИДАНИЕ</translation>
    </message>
    <message>
        <source>{day}, {starts}–{ends}, room: {room}</source>
        <translation>{day}, {starts}–{ends}, комната: {room}</translation>
    </message>
    <message>
        <source>Prisoner: {name}</source>
        <translation>Осуждённый: {name}</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(ребёнок)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Номер отслеживания</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Способ поступления</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Вес, кг</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Пломба</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиций</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Изъято</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Parcel log of {day}</source>
        <translation>Журнал посылок за {day}</translation>
    </message>
    <message>
        <source>Parcels: {count}</source>
        <translation>Посылок: {count}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Items left</source>
        <translation>Сданные вещи</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Gate log of {day}</source>
        <translation>Журнал КПП за {day}</translation>
    </message>
    <message>
        <source>Visits: {count}</source>
        <translation>Свиданий: {count}</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID-карта</translation>
    </message>
    <message>
        <source>birth certificate</source>
        <translation>свидетельство о рождении</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>водительское удостоверение</translation>
    </message>
    <message>
        <source>military ID</source>
        <translation>военный билет</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>вид на жительство</translation>
    </message>
    <message>
        <source>lawyer's certificate</source>
        <translation>удостоверение адвоката</translation>
    </message>
    <message>
        <source>service ID</source>
        <translation>служебное удостоверение</translation>
    </message>
    <message>
        <source>Keep this receipt. Its number lets you ask what became of the parcel; prohibited items are confiscated, and a parcel that cannot be handed over is returned.</source>
        <translation>Сохраните квитанцию. По её номеру можно узнать, что стало с посылкой; запрещённые предметы изымаются, а посылка, которую нельзя выдать, возвращается.</translation>
    </message>
    <message>
        <source>Received: {when}</source>
        <translation>Принята: {when}</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>Отправитель: {sender}</translation>
    </message>
    <message>
        <source>PARCEL RECEIPT  {tracking}</source>
        <translation>КВИТАНЦИЯ О ПРИЁМЕ ПОСЫЛКИ  {tracking}</translation>
    </message>
    <message>
        <source>For: {prisoner}</source>
        <translation>Получатель: {prisoner}</translation>
    </message>
    <message>
        <source>Weight: {grams} g, seal: {seal}</source>
        <translation>Вес: {grams} г, пломба: {seal}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Received by: {officer}</source>
        <translation>Принял: {officer}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Prohibited item</source>
        <translation>Запрещённый предмет</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Не выдано</translation>
    </message>
    <message>
        <source>PARCEL HANDOVER</source>
        <translation>ВЫДАЧА ПОСЫЛКИ</translation>
    </message>
    <message>
        <source>Wing, cell</source>
        <translation>Блок, камера</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Досмотрена</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Предметов нет.</translation>
    </message>
    <message>
        <source>I have received the items listed above.</source>
        <translation>Перечисленные выше предметы получил(а).</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Дата печати</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Ваш план</translation>
    </message>
    <message>
        <source>Individual rehabilitation plan</source>
        <translation>Индивидуальный план реабилитации</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Nothing is planned yet. We will make your plan together.</source>
        <translation>Пока ничего не запланировано. Мы составим ваш план вместе.</translation>
    </message>
    <message>
        <source>We talked about this plan together.</source>
        <translation>Мы обсудили этот план вместе.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>We will look at your plan together again on {day}.</source>
        <translation>В следующий раз мы вместе посмотрим ваш план {day}.</translation>
    </message>
    <message>
        <source>We will agree with you when to look at your plan again.</source>
        <translation>Когда снова посмотреть ваш план, мы договоримся с вами.</translation>
    </message>
    <message>
        <source>You can ask to talk about your plan at any time.</source>
        <translation>Вы можете в любое время попросить поговорить о вашем плане.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Wage, pay period {first} – {last}</source>
        <translation>Заработная плата за расчётный период {first} – {last}</translation>
    </message>
    <message>
        <source>Paid out on release</source>
        <translation>Выплата при освобождении</translation>
    </message>
    <message>
        <source>This certifies that {prisoner} completed the training programme {programme} ({length_days} days, {first_day}–{last_day}) in the {workshop} workshop.</source>
        <translation>Настоящим удостоверяется, что {prisoner} прошёл(а) обучение по учебной программе «{programme}» (продолжительность — {length_days} дн., с {first_day} по {last_day}) в мастерской «{workshop}».</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>In cooperation with {enterprise}</source>
        <translation>Партнёр: {enterprise}</translation>
    </message>
    <message>
        <source>Issued {day}</source>
        <translation>Дата выдачи: {day}</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Мастер производственного обучения</translation>
    </message>
    <message>
        <source>Head of the facility</source>
        <translation>Начальник учреждения</translation>
    </message>
    <message>
        <source>Place of the stamp</source>
        <translation>М. П.</translation>
    </message>
    <message>
        <source>The part held until release is set aside under Rule 103 of the Nelson Mandela Rules and paid on release.</source>
        <translation>Часть, хранящаяся до освобождения, откладывается согласно правилу 103 Правил Нельсона Манделы и выплачивается при освобождении.</translation>
    </message>
    <message>
        <source>Opening balance on {day}</source>
        <translation>Входящий остаток на {day}</translation>
    </message>
    <message>
        <source>Final statement on release</source>
        <translation>Итоговая выписка при освобождении</translation>
    </message>
    <message>
        <source>Deposit account statement</source>
        <translation>Выписка по депозитному счёту</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>За этот период данных нет.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>За этот период операций нет.</translation>
    </message>
    <message>
        <source>Closing balance on {day}</source>
        <translation>Исходящий остаток на {day}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Напечатано: {time}</translation>
    </message>
    <message>
        <source>Handover of the deposit card</source>
        <translation>Выдача депозитной карты</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Дата освобождения</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <source>Deposit account balance paid to the card</source>
        <translation>Остаток депозитного счёта, перечисленный на карту</translation>
    </message>
    <message>
        <source>Total paid to the card</source>
        <translation>Всего перечислено на карту</translation>
    </message>
    <message>
        <source>I have received my deposit card with the balance above.</source>
        <translation>Депозитную карту с указанным выше остатком получил(а).</translation>
    </message>
    <message>
        <source>Work in a workshop and learn a trade</source>
        <translation>Работать в мастерской и освоить профессию</translation>
    </message>
    <message>
        <source>Study: school lessons or a course</source>
        <translation>Учиться: школьные уроки или курсы</translation>
    </message>
    <message>
        <source>Talk with a psychologist</source>
        <translation>Беседовать с психологом</translation>
    </message>
    <message>
        <source>Keep in touch with your family: letters, calls and visits</source>
        <translation>Поддерживать связь с семьёй: письма, звонки и свидания</translation>
    </message>
    <message>
        <source>Get help to stay away from alcohol and drugs</source>
        <translation>Получить помощь, чтобы жить без алкоголя и наркотиков</translation>
    </message>
    <message>
        <source>Get ready for release: documents, a place to live, work</source>
        <translation>Подготовиться к освобождению: документы, жильё, работа</translation>
    </message>
    <message>
        <source>Come to work on time. Ask the instructor to show you what you do not know yet.</source>
        <translation>Приходите на работу вовремя. Просите мастера показать то, чего вы ещё не умеете.</translation>
    </message>
    <message>
        <source>Go to every lesson. Ask the teacher when something is not clear.</source>
        <translation>Ходите на каждый урок. Спрашивайте учителя, если что-то непонятно.</translation>
    </message>
    <message>
        <source>Come to the meetings and talk about what is on your mind.</source>
        <translation>Приходите на встречи и рассказывайте о том, что вас волнует.</translation>
    </message>
    <message>
        <source>Write to your family or call them. Tell us who you would like to visit you.</source>
        <translation>Пишите родным или звоните им. Скажите нам, кого вы хотели бы видеть на свидании.</translation>
    </message>
    <message>
        <source>Come to the group or to the psychologist. Ask for help when it is hard.</source>
        <translation>Приходите в группу или к психологу. Просите помощи, когда трудно.</translation>
    </message>
    <message>
        <source>Tell us early which documents you have and where you want to live.</source>
        <translation>Заранее скажите нам, какие документы у вас есть и где вы хотите жить.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ещё не начато</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>What we will do together</source>
        <translation>Что мы сделаем вместе</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Что можете сделать вы</translation>
    </message>
    <message>
        <source>Who helps you</source>
        <translation>Кто вам помогает</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Как идут дела</translation>
    </message>
    <message>
        <source>This is your plan: what we will do together while you are here, so that you are ready for life after release. Keep this paper. If something is not clear, ask the person who helps you.</source>
        <translation>Это ваш план: что мы будем делать вместе, пока вы здесь, чтобы вы были готовы к жизни после освобождения. Сохраните этот лист. Если что-то непонятно, спросите того, кто вам помогает.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Population by wing and regime</source>
        <translation>Численность содержащихся по блокам и режимам</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождено</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Прибыло по переводу</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Убыло по переводу</translation>
    </message>
    <message>
        <source>From other wings</source>
        <translation>Из других блоков</translation>
    </message>
    <message>
        <source>To other wings</source>
        <translation>В другие блоки</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Held at the start</source>
        <translation>Содержалось на начало периода</translation>
    </message>
    <message>
        <source>Held at the end</source>
        <translation>Содержалось на конец периода</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>No wing</source>
        <translation>Без блока</translation>
    </message>
    <message>
        <source>No regime</source>
        <translation>Без режима</translation>
    </message>
    <message>
        <source>Population over time</source>
        <translation>Динамика численности</translation>
    </message>
    <message>
        <source>Population on the last day by wing</source>
        <translation>Численность на последний день по блокам</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Содержалось</translation>
    </message>
    <message>
        <source>Short visits</source>
        <translation>Краткосрочные свидания</translation>
    </message>
    <message>
        <source>Long family visits</source>
        <translation>Длительные свидания</translation>
    </message>
    <message>
        <source>Lawyer visits</source>
        <translation>Свидания с адвокатом</translation>
    </message>
    <message>
        <source>Official visits</source>
        <translation>Официальные посещения</translation>
    </message>
    <message>
        <source>Visits per day by kind</source>
        <translation>Свидания по дням и видам</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation>Состоявшиеся свидания</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Не пришли</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Не допущены</translation>
    </message>
    <message>
        <source>Visits held per day by kind</source>
        <translation>Состоявшиеся свидания по дням и видам</translation>
    </message>
    <message>
        <source>Gate log</source>
        <translation>Журнал КПП</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Prisoner no.</source>
        <translation>№ осуждённого</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуждённый</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Вид свидания</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Visitors in per day</source>
        <translation>Вошедшие посетители по дням</translation>
    </message>
    <message>
        <source>Visitors in</source>
        <translation>Вошедшие посетители</translation>
    </message>
    <message>
        <source>Parcels received per day</source>
        <translation>Принятые посылки по дням</translation>
    </message>
    <message>
        <source>Items confiscated from parcels</source>
        <translation>Предметы, изъятые из посылок</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Refused by the prisoner</source>
        <translation>Осуждённый отказался</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Возвращено отправителю</translation>
    </message>
    <message>
        <source>Held: the prisoner has left</source>
        <translation>Задержано: осуждённый убыл</translation>
    </message>
    <message>
        <source>Forwarded after the prisoner</source>
        <translation>Переслано вслед за осуждённым</translation>
    </message>
    <message>
        <source>Awaiting inspection or handover</source>
        <translation>Ожидают досмотра или выдачи</translation>
    </message>
    <message>
        <source>Parcels received</source>
        <translation>Принято посылок</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Принято позиций</translation>
    </message>
    <message>
        <source>Prohibited item</source>
        <translation>Запрещённый предмет</translation>
    </message>
    <message>
        <source>Items confiscated</source>
        <translation>Изъято предметов</translation>
    </message>
    <message>
        <source>Parcels they were found in</source>
        <translation>Посылок, в которых они обнаружены</translation>
    </message>
    <message>
        <source>Parcels received per day, by what became of them</source>
        <translation>Принятые посылки по дням и итог их обработки</translation>
    </message>
    <message>
        <source>Items confiscated by prohibited item</source>
        <translation>Изъятые предметы по видам</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Посещаемость мастерских</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Мастерская</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено занятий</translation>
    </message>
    <message>
        <source>Attendances expected</source>
        <translation>Выходов по графику</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Отсутствовали по уважительной причине</translation>
    </message>
    <message>
        <source>Absent, not excused</source>
        <translation>Отсутствовали без уважительной причины</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Уровень посещаемости</translation>
    </message>
    <message>
        <source>Attendance rate by week</source>
        <translation>Посещаемость по неделям</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Все мастерские</translation>
    </message>
    <message>
        <source>Pay periods</source>
        <translation>Расчётные периоды</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Workers paid</source>
        <translation>Получили оплату, чел.</translation>
    </message>
    <message>
        <source>Half-day sessions paid</source>
        <translation>Оплачено смен по полдня</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Отработано часов</translation>
    </message>
    <message>
        <source>Pieces made</source>
        <translation>Изготовлено изделий, шт.</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Заработная плата</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>На текущие расходы</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>До освобождения</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Ожидает утверждения</translation>
    </message>
    <message>
        <source>Approved, wages posted</source>
        <translation>Утверждён, заработная плата зачислена</translation>
    </message>
    <message>
        <source>Wages per pay period</source>
        <translation>Заработная плата по расчётным периодам</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Assessments and reviews due</source>
        <translation>Сроки оценок и пересмотров</translation>
    </message>
    <message>
        <source>First assessments due</source>
        <translation>Первичные оценки к сроку</translation>
    </message>
    <message>
        <source>Assessment reviews due</source>
        <translation>Пересмотры оценки к сроку</translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Пересмотры плана к сроку</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Выполнено в срок</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Выполнено с опозданием</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Not overdue yet</source>
        <translation>Срок ещё не истёк</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Overdue before the range</source>
        <translation>Просрочено до начала периода</translation>
    </message>
    <message>
        <source>Assessments and reviews due per week</source>
        <translation>Сроки оценок и пересмотров по неделям</translation>
    </message>
    <message>
        <source>How they were done, per week</source>
        <translation>Выполнение по неделям</translation>
    </message>
    <message>
        <source>Nelson Mandela Rules compliance</source>
        <translation>Соблюдение Правил Нельсона Манделы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Из общего числа</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Family visits</source>
        <translation>Свидания с семьёй</translation>
    </message>
    <message>
        <source>Assessment and review</source>
        <translation>Оценка и пересмотр</translation>
    </message>
    <message>
        <source>The gate</source>
        <translation>КПП</translation>
    </message>
    <message>
        <source>No injury examination (Rules 7–8)</source>
        <translation>Нет осмотра на телесные повреждения (правила 7–8)</translation>
    </message>
    <message>
        <source>No family or next of kin recorded (Rule 7(e))</source>
        <translation>Не записаны родственники или близкие (правило 7(e))</translation>
    </message>
    <message>
        <source>Rights not explained (Rules 54–55)</source>
        <translation>Права не разъяснены (правила 54–55)</translation>
    </message>
    <message>
        <source>No family visit for 30 days (Rule 58)</source>
        <translation>Нет свиданий с семьёй 30 дней (правило 58)</translation>
    </message>
    <message>
        <source>First assessment overdue</source>
        <translation>Просрочена первичная оценка</translation>
    </message>
    <message>
        <source>Assessment review overdue</source>
        <translation>Просрочен пересмотр оценки</translation>
    </message>
    <message>
        <source>Plan review overdue</source>
        <translation>Просрочен пересмотр плана</translation>
    </message>
    <message>
        <source>Visitors left inside at the close of the day</source>
        <translation>Посетители, оставшиеся внутри к концу дня</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Gate officer</source>
        <translation>Сотрудник КПП</translation>
    </message>
    <message>
        <source>Registry officer</source>
        <translation>Сотрудник спецчасти</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Социальный работник</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <source>Workshop instructor</source>
        <translation>Мастер производственного обучения</translation>
    </message>
    <message>
        <source>Wing supervisor</source>
        <translation>Начальник отряда</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Headquarters viewer</source>
        <translation>Центральный аппарат (просмотр)</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Управление пользователями</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Просмотр журнала аудита</translation>
    </message>
    <message>
        <source>Find and view prisoners</source>
        <translation>Поиск и просмотр осуждённых</translation>
    </message>
    <message>
        <source>Read whole prisoner files (PIN, documents, legal basis) and print ID cards</source>
        <translation>Читать личные дела целиком (ПИН, документы, правовое основание) и печатать удостоверения</translation>
    </message>
    <message>
        <source>Admit and edit prisoners</source>
        <translation>Приём и изменение данных осуждённых</translation>
    </message>
    <message>
        <source>Check visitors in and out</source>
        <translation>Пропуск посетителей</translation>
    </message>
    <message>
        <source>Manage visitors and bookings</source>
        <translation>Посетители и запись на свидания</translation>
    </message>
    <message>
        <source>Receive and hand over parcels</source>
        <translation>Приём и выдача передач</translation>
    </message>
    <message>
        <source>Record workshop attendance</source>
        <translation>Учёт посещаемости мастерских</translation>
    </message>
    <message>
        <source>Manage workshops and pay</source>
        <translation>Мастерские и оплата труда</translation>
    </message>
    <message>
        <source>Write assessments and plans</source>
        <translation>Составление оценок и планов</translation>
    </message>
    <message>
        <source>Read assessments, plans and restricted case notes</source>
        <translation>Просмотр оценок, планов и записей в деле с ограниченным доступом</translation>
    </message>
    <message>
        <source>Write case notes (what staff observe and do with a prisoner)</source>
        <translation>Ведение записей в деле (наблюдения сотрудников и работа с осуждённым)</translation>
    </message>
    <message>
        <source>Approve and override</source>
        <translation>Утверждение и изменение решений</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>Просмотр отчётов</translation>
    </message>
    <message>
        <source>Configure the facility</source>
        <translation>Настройка учреждения</translation>
    </message>
    <message>
        <source>Read injuries and complaints noted</source>
        <translation>Просмотр отмеченных травм и жалоб</translation>
    </message>
    <message>
        <source>Export the registry</source>
        <translation>Выгрузка реестра</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The database {path} is in use by another program, which keeps it locked. Close that program (or the other PrisonDesk window) and try again; nothing was changed.</source>
        <translation>База данных {path} занята другой программой, которая её заблокировала. Закройте ту программу (или другое окно PrisonDesk) и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only). Give this user write access to the data folder {folder}, or choose another data folder with --home.</source>
        <translation>В {where} нельзя записывать (только чтение). Дайте этому пользователю право записи в папку данных {folder} или выберите другую папку данных с --home.</translation>
    </message>
    <message>
        <source>{where} cannot be written: {reason}.</source>
        <translation>В {where} нельзя записать: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the database in {folder}: the folder is read-only. Choose another data folder with --home.</source>
        <translation>Невозможно создать базу данных в {folder}: папка только для чтения. Укажите другую папку данных через --home.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Ask support to give this user write access to the file and its folder.</source>
        <translation>База данных {path} доступна только для чтения. Попросите поддержку дать этому пользователю право записи в файл и его папку.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({fault}). Nothing was changed. Restore a backup from {backups} with 'prisondesk restore'.</source>
        <translation>База данных {path} повреждена ({fault}). Ничего не изменено. Восстановите резервную копию из {backups} командой 'prisondesk restore'.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of PrisonDesk (schema {revision}). Install that version or newer; the file was not changed.</source>
        <translation>База данных {path} создана более новой версией PrisonDesk (схема {revision}). Установите эту или более новую версию; файл не изменён.</translation>
    </message>
    <message>
        <source>Creating the database {path} failed ({error}).</source>
        <translation>Не удалось создать базу данных {path} ({error}).</translation>
    </message>
    <message>
        <source>Updating the database failed ({error}). A backup made just before is at {backup}.</source>
        <translation>Обновление базы данных не удалось ({error}). Резервная копия, сделанная перед обновлением: {backup}.</translation>
    </message>
    <message>
        <source>PrisonDesk cannot start</source>
        <translation>PrisonDesk не может запуститься</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created or written ({error}). Choose another data folder with --home.</source>
        <translation>Папку данных {folder} нельзя создать или записать ({error}). Укажите другую папку данных через --home.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be opened ({error}): this Windows account is not in the group “{group}”. An administrator adds it (net localgroup "{group}" ACCOUNT /add); then sign in to Windows again.</source>
        <translation>Папку данных {folder} не удаётся открыть ({error}): эта учётная запись Windows не входит в группу «{group}». Администратор добавит её (net localgroup "{group}" УЧЁТНАЯ_ЗАПИСЬ /add); затем войдите в Windows заново.</translation>
    </message>
    <message>
        <source>PrisonDesk is already running with this data folder. Use the window that is open.</source>
        <translation>PrisonDesk уже запущен с этой папкой данных. Используйте открытое окно.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>The backup {file} was restored. The replaced database was kept as {kept}.</source>
        <translation>Резервная копия {file} восстановлена. Заменённая база сохранена как {kept}.</translation>
    </message>
    <message>
        <source>The backup {file} was not restored, and the database was not changed: {reason}</source>
        <translation>Резервная копия {file} не восстановлена, база данных не изменена: {reason}</translation>
    </message>
    <message>
        <source>{file} beside the program cannot be read ({error}), so the data folder is unknown. Install PrisonDesk again (its data is kept), or have support repair the file.</source>
        <translation>Файл {file} рядом с программой не читается ({error}), поэтому папка данных неизвестна. Установите PrisonDesk заново (данные сохранятся) или попросите службу поддержки исправить файл.</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
</context>
<context>
    <name>workshops</name>
    <message>
        <source>Spendable</source>
        <translation>На текущие расходы</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>До освобождения</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Первая половина дня</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Вторая половина дня</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Полный день</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствовал</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Больничный</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Refused to work</source>
        <translation>Отказ от работы</translation>
    </message>
    <message>
        <source>Elsewhere (visit, court, medical)</source>
        <translation>В другом месте (свидание, суд, медчасть)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Место предоставлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Исключено из списка</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано осуждённым</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Отстранён</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>По соображениям безопасности</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>По состоянию здоровья</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>По собственному желанию</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведён</translation>
    </message>
    <message>
        <source>per full-day session</source>
        <translation>за смену (полный день)</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>за час</translation>
    </message>
    <message>
        <source>per piece</source>
        <translation>за штуку</translation>
    </message>
</context>
</TS>
