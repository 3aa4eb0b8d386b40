<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Add an action to the plan</source>
        <translation>Планга иш-чара кошуу</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Эмне</translation>
    </message>
    <message>
        <source>&amp;In words</source>
        <translation>&amp;Түшүндүрмө</translation>
    </message>
    <message>
        <source>W&amp;orkshop</source>
        <translation>&amp;Устакана</translation>
    </message>
    <message>
        <source>Ow&amp;ner</source>
        <translation>&amp;Жооптуу</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Мөөнөтү</translation>
    </message>
    <message>
        <source>— choose later —</source>
        <translation>— кийин тандалат —</translation>
    </message>
</context>
<context>
    <name>AdmissionWizard</name>
    <message>
        <source>Open the existing file</source>
        <translation>Бар болгон ишти ачуу</translation>
    </message>
    <message>
        <source>New admission</source>
        <translation>Жаңы кабыл алуу</translation>
    </message>
    <message>
        <source>Admission {number}</source>
        <translation>Кабыл алуу {number}</translation>
    </message>
    <message>
        <source>Note the injuries, or tick that none were seen.</source>
        <translation>Жаракаттарды жазыңыз же эч бир жаракат табылган жок деп белгилеңиз.</translation>
    </message>
    <message>
        <source>Tick that the rules and rights were explained.</source>
        <translation>Эрежелер жана укуктар түшүндүрүлгөнүн белгилеңиз.</translation>
    </message>
    <message>
        <source>Still missing: {parts}.</source>
        <translation>Дагы эле жетишпейт: {parts}.</translation>
    </message>
    <message>
        <source>Close the admission? The draft is kept as saved at the last step: continue it from the registry. What was typed on this step since is lost.</source>
        <translation>Кабыл алууну жабасызбы? Долбоор акыркы өтүлгөн кадамда сакталды: аны реестрден улантыңыз. Бул кадамда андан кийин киргизилгендер жоголот.</translation>
    </message>
    <message>
        <source>Close the file? The steps saved are kept; what was typed on this step since is lost.</source>
        <translation>Ишти жабасызбы? Сакталган кадамдар калат; бул кадамда андан кийин киргизилгендер жоголот.</translation>
    </message>
    <message>
        <source>Close the admission? Nothing has been saved yet.</source>
        <translation>Кабыл алууну жабасызбы? Азырынча эч нерсе сакталган жок.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Allocate a place</source>
        <translation>Орун берүү</translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation>&amp;Баштоо күнү</translation>
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
        <translation>Жумуш, окуу программасы жок</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Risk and needs assessment</source>
        <translation>Тобокелдиктерди жана муктаждыктарды баалоо</translation>
    </message>
    <message>
        <source>Next &amp;review</source>
        <translation>Кийинки кайра ка&amp;роо</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>Долбоорду &amp;сактоо</translation>
    </message>
    <message>
        <source>S&amp;ubmit for approval</source>
        <translation>Бекитүүгө &amp;тапшыруу</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Деңгээл</translation>
    </message>
    <message>
        <source>Why another le&amp;vel</source>
        <translation>&amp;Эмне үчүн башка деңгээл</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Бекитүү</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Артка кайтаруу…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>C&amp;hanges, notes and steps</source>
        <translation>&amp;Өзгөрүүлөр, жазуулар жана кадамдар</translation>
    </message>
    <message>
        <source>{prisoner} — {instrument}, version {version} ({status})</source>
        <translation>{prisoner} — {instrument}, {version}-версия ({status})</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— жооп жок —</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Risk total: {total}</source>
        <translation>Тобокелдиктин жалпы упайы: {total}</translation>
    </message>
    <message>
        <source>Level by the instrument: {level}</source>
        <translation>Инструмент боюнча деңгээл: {level}</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Муктаждыктар: {needs}</translation>
    </message>
    <message numerus="yes">
        <source>Questions still to answer: %n</source>
        <translation>
            <numerusform>Жооп берилбеген суроолор: %n</numerusform>
            <numerusform>Жооп берилбеген суроолор: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved level: {level}</source>
        <translation>Бекитилген деңгээл: {level}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>жооп жок</translation>
    </message>
    <message>
        <source>Changed: {item}: {before} → {after}</source>
        <translation>Өзгөртүлдү: {item}: {before} → {after}</translation>
    </message>
    <message>
        <source>Note of {when}, {who}: {text}</source>
        <translation>{when} жазуусу, {who}: {text}</translation>
    </message>
</context>
<context>
    <name>AssessmentSettingsTab</name>
    <message>
        <source>&amp;Days after admission for the first assessment</source>
        <translation>Алгачкы баалоо мөөнөтү, кабыл алгандан кийин &amp;күн</translation>
    </message>
    <message>
        <source>Wing suggested for lo&amp;w security</source>
        <translation>Коопсуздуктун тө&amp;мөн деңгээли үчүн блок</translation>
    </message>
    <message>
        <source>Wing suggested for &amp;medium security</source>
        <translation>Коопсуздуктун &amp;орточо деңгээли үчүн блок</translation>
    </message>
    <message>
        <source>Wing suggested for &amp;high security</source>
        <translation>Коопсуздуктун &amp;жогорку деңгээли үчүн блок</translation>
    </message>
    <message>
        <source>— no suggestion —</source>
        <translation>— сунуштабоо —</translation>
    </message>
    <message>
        <source>Sa&amp;ve the assessment rules</source>
        <translation>Баалоо &amp;эрежелерин сактоо</translation>
    </message>
    <message>
        <source>A prisoner should have a first risk and needs assessment within these days of admission; the assessments due list names those who have none. When an assessment is approved, the wing of its security level is suggested.</source>
        <translation>Соттолгон кабыл алынгандан кийин ушул күндөрдүн ичинде тобокелдиктерди жана муктаждыктарды алгачкы баалоодон өтүшү керек; жүргүзүлө турган баалоолордун тизмесинде али бааланбагандар көрсөтүлөт. Баалоо бекитилгенде анын коопсуздук деңгээлине ылайык блок сунушталат.</translation>
    </message>
    <message>
        <source>The value shown is an example: set your facility's own.</source>
        <translation>Көрсөтүлгөн маани — мисал: мекемеңиздин өз маанисин коюңуз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
</context>
<context>
    <name>AssessmentsPage</name>
    <message>
        <source>Assessments due</source>
        <translation>Жүргүзүлө турган баалоолор</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>Жаңы &amp;баалоо…</translation>
    </message>
    <message>
        <source>Read a&amp;gain</source>
        <translation>&amp;Жаңылоо</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting approval (%n)</source>
        <translation>
            <numerusform>Бекитүүнү күтүүдө (%n)</numerusform>
            <numerusform>Бекитүүнү күтүүдө (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reviews overdue (%n)</source>
        <translation>
            <numerusform>Кайра кароо мөөнөтү өттү (%n)</numerusform>
            <numerusform>Кайра кароо мөөнөтү өттү (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due soon (%n)</source>
        <translation>
            <numerusform>Мөөнөтү жакын (%n)</numerusform>
            <numerusform>Мөөнөтү жакын (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not yet assessed (%n)</source>
        <translation>
            <numerusform>Али бааланбагандар (%n)</numerusform>
            <numerusform>Али бааланбагандар (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Башталды</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Мөөнөтү өткөн күн</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Күтүү күндөрү</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Калган күн</translation>
    </message>
    <message>
        <source>Days since admission</source>
        <translation>Кабыл алынгандан бери күн</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Кайра кароо</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Баалоо</translation>
    </message>
    <message numerus="yes">
        <source>A first assessment is due within %n days of admission.</source>
        <translation>
            <numerusform>Алгачкы баалоо кабыл алынгандан кийин %n күндүн ичинде жүргүзүлөт.</numerusform>
            <numerusform>Алгачкы баалоо кабыл алынгандан кийин %n күндүн ичинде жүргүзүлөт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Адегенде сапты тандаңыз.</translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Жаңы баалоо…</translation>
    </message>
    <message>
        <source>&amp;Open the assessment</source>
        <translation>Баалоону &amp;ачуу</translation>
    </message>
    <message>
        <source>Actions from the n&amp;eeds</source>
        <translation>Муктаждыктар боюнча &amp;иш-чаралар</translation>
    </message>
    <message>
        <source>Add an ac&amp;tion…</source>
        <translation>Иш-чара ко&amp;шуу…</translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation>&amp;Эмне аткарылды…</translation>
    </message>
    <message>
        <source>Re&amp;view the plan…</source>
        <translation>Планды кайра ка&amp;роо…</translation>
    </message>
    <message>
        <source>Print the p&amp;lan</source>
        <translation>Планды басып &amp;чыгаруу</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Башталды</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгээли</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Кийинки кайра кароо</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Иш-чара</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Мөөнөтү</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>Акыркы жазуу</translation>
    </message>
    <message>
        <source>Assessments and plans are read by social workers, psychologists and supervisors.</source>
        <translation>Баалоолорду жана пландарды социалдык кызматкерлер, психологдор жана отряд башчылары окуйт.</translation>
    </message>
    <message>
        <source>Classification: {level} risk, {security}, {conditions}{wing} ({day})</source>
        <translation>Классификация: тобокелдик деңгээли — {level}, {security}, {conditions}{wing} ({day})</translation>
    </message>
    <message>
        <source>, wing suggested: {wing}</source>
        <translation>, сунушталган блок: {wing}</translation>
    </message>
    <message>
        <source>Not classified yet: no approved assessment.</source>
        <translation>Азырынча классификация жок: бекитилген баалоо жок.</translation>
    </message>
    <message>
        <source>Rehabilitation plan, next review {day}</source>
        <translation>Реабилитация планы, кийинки кайра кароо — {day}</translation>
    </message>
    <message>
        <source>Rehabilitation plan</source>
        <translation>Реабилитация планы</translation>
    </message>
    <message>
        <source>Choose an assessment first.</source>
        <translation>Адегенде баалоону тандаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Actions added: %n.</source>
        <translation>
            <numerusform>Кошулган иш-чаралар: %n.</numerusform>
            <numerusform>Кошулган иш-чаралар: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The action is added.</source>
        <translation>Иш-чара кошулду.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Адегенде иш-чараны тандаңыз.</translation>
    </message>
    <message>
        <source>Progress recorded.</source>
        <translation>Аткарылышы жазылды.</translation>
    </message>
    <message>
        <source>The review is recorded.</source>
        <translation>Кайра кароо жазылды.</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Desks that worked apart may have put one seal on two parcels still here, or ended one parcel in two ways. Open each, find the parcel and record what really happened.</source>
        <translation>Бири-биринен өзүнчө иштеген жумуш орундары мекемеде турган эки посылкага бир эле пломбаны коюшу же бир посылкага эки башка жыйынтык жазышы мүмкүн. Ар бирин ачып, посылканы таап, чындыгында эмне болгонун белгилеңиз.</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Жаңылоо</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Көйгөй</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Чоо-жайы</translation>
    </message>
    <message>
        <source>One seal on two parcels</source>
        <translation>Эки посылкада бир пломба</translation>
    </message>
    <message>
        <source>Ended in two ways</source>
        <translation>Эки башка жыйынтык</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Made</source>
        <translation>Жасалган</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлөмү</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>&amp;Back up to a folder…</source>
        <translation>Папкага &amp;көчүрмө жасоо…</translation>
    </message>
    <message>
        <source>Show backups in a &amp;folder…</source>
        <translation>Башка &amp;папкадагы көчүрмөлөр…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Ка&amp;лыбына келтирүү…</translation>
    </message>
    <message>
        <source>Cancel the &amp;pending restore</source>
        <translation>Күтүлгөн калыбына келтирүүнү &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Маалымат папкасы</translation>
    </message>
    <message>
        <source>{file} will be restored when PrisonDesk starts next (asked for by {user}).</source>
        <translation>{file} PrisonDesk кийинки жолу ачылганда калыбына келтирилет ({user} сураган).</translation>
    </message>
    <message>
        <source>Show the backups in a folder</source>
        <translation>Папкадагы камдык көчүрмөлөрдү көрсөтүү</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>Папкага камдык көчүрмө</translation>
    </message>
    <message>
        <source>Backup written: {file} in {folder}.</source>
        <translation>Камдык көчүрмө жазылды: {file}, {folder} папкасында.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Камдык көчүрмөдөн калыбына келтирүү</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3)</source>
        <translation>Камдык көчүрмөлөр (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore {file}?

When PrisonDesk starts next, this desk's database is replaced by the backup: what was entered here since it was made is gone from this desk (changes not yet sent and the audit trail are kept; the rest comes back from the central server if this desk syncs). The replaced database is kept in the backups folder as a “before a restore” backup.</source>
        <translation>{file} калыбына келтирилсинби?

PrisonDesk кийинки жолу ачылганда бул иш ордунун маалымат базасы камдык көчүрмө менен алмаштырылат: ал жасалгандан бери бул жерге киргизилгендин баары бул иш ордунан жоголот (али жөнөтүлө элек өзгөртүүлөр жана аудит журналы сакталат; калганы иш орду шайкештирилсе борбордук серверден кайтып келет). Алмаштырылган база камдык көчүрмөлөр папкасында «калыбына келтирүүнүн алдында» көчүрмөсү катары сакталат.</translation>
    </message>
    <message>
        <source>The backup was checked and will be restored at the next start. Close PrisonDesk (Session → Quit) and start it again.</source>
        <translation>Камдык көчүрмө текшерилди жана кийинки ачылышта калыбына келтирилет. PrisonDesk'ти жабыңыз (Сеанс → Программаны жабуу) жана кайра ачыңыз.</translation>
    </message>
    <message>
        <source>Close PrisonDesk now? The backup is restored when it starts again.</source>
        <translation>PrisonDesk азыр жабылсынбы? Көчүрмө кайра ачылганда калыбына келтирилет.</translation>
    </message>
    <message>
        <source>The pending restore was cancelled.</source>
        <translation>Күтүлгөн калыбына келтирүү жокко чыгарылды.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>not on the approved list</source>
        <translation>бекитилген тизмеде жок</translation>
    </message>
    <message>
        <source>banned then</source>
        <translation>бул убакта тыюу салынган</translation>
    </message>
    <message>
        <source>Type the day of the visit.</source>
        <translation>Жолугушуунун күнүн жазыңыз.</translation>
    </message>
    <message>
        <source>{date} has passed.</source>
        <translation>{date} күнү өтүп кеткен.</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Жолугушууга жазуу</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Күн</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Убакыт</translation>
    </message>
    <message>
        <source>Who &amp;comes</source>
        <translation>Ки&amp;м келет</translation>
    </message>
    <message>
        <source>&amp;Lead visitor</source>
        <translation>&amp;Негизги келүүчү</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Жазуу</translation>
    </message>
    <message>
        <source>&amp;Print pass…</source>
        <translation>Уруксат кагазын &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Save pass as PDF…</source>
        <translation>Уруксат кагазын PDF катары &amp;сактоо…</translation>
    </message>
    <message>
        <source>{starts}–{ends} · {kind} · {room} · {free} free</source>
        <translation>{starts}–{ends} · {kind} · {room} · бош: {free}</translation>
    </message>
    <message>
        <source>no visiting time left that day</source>
        <translation>бул күнү бош убакыт жок</translation>
    </message>
    <message>
        <source>Choose a time on {date}.</source>
        <translation>{date} күнү үчүн убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a day with a free visiting time.</source>
        <translation>Жолугушууга бош убактысы бар күндү тандаңыз.</translation>
    </message>
    <message>
        <source>Booked: pass {number}.</source>
        <translation>Жазылды: уруксат кагазы {number}.</translation>
    </message>
    <message>
        <source>Left out: {people}.</source>
        <translation>Кошулган жок: {people}.</translation>
    </message>
    <message>
        <source>Save pass</source>
        <translation>Уруксат кагазын сактоо</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>{subject}: {count} visits booked for {limit} places</source>
        <translation>{subject}: {limit} орунга {count} жолугушуу жазылган</translation>
    </message>
    <message>
        <source>{subject}: {count} visits at the same time</source>
        <translation>{subject}: бир убакта {count} жолугушуу</translation>
    </message>
    <message>
        <source>{subject}: {count} visits of this kind ({kind}) in the month, {limit} allowed</source>
        <translation>{subject}: айына бул түрдөгү ({kind}) жолугушуу {count}, уруксат берилгени {limit}</translation>
    </message>
    <message>
        <source>{subject}: visits booked on a day without visits ({detail})</source>
        <translation>{subject}: жолугушуу жок күнгө жазылган ({detail})</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Мурунку жума</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ушул жума</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Кийинки жума ▶</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Уруксат кагазы</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Келүүчүлөр</translation>
    </message>
    <message>
        <source>&amp;Book a visit at this time…</source>
        <translation>&amp;Ушул убакытка жазуу…</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>&amp;Cancel the visit</source>
        <translation>&amp;Жолугушууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>Booked beyond the rules (after desks synced)</source>
        <translation>Эрежеден ашык жазылган (жумуш орундары шайкештелгенден кийин)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Бузуу</translation>
    </message>
    <message>
        <source>Pass · prisoner</source>
        <translation>Уруксат кагазы · соттолгон</translation>
    </message>
    <message>
        <source>Cancel the chosen visit</source>
        <translation>Тандалган жолугушууну жокко чыгаруу</translation>
    </message>
    <message>
        <source>{day} (today)</source>
        <translation>{day} (бүгүн)</translation>
    </message>
    <message>
        <source>no visits</source>
        <translation>жолугушуу жок</translation>
    </message>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{capacity} ичинен {taken}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <translation>бош: {free}</translation>
    </message>
    <message>
        <source>Choose a visiting time in the calendar.</source>
        <translation>Календардан жолугушуу убактысын тандаңыз.</translation>
    </message>
    <message>
        <source>{day}, {starts}–{ends}, {room}: {taken} of {capacity} booked</source>
        <translation>{day}, {starts}–{ends}, {room}: {capacity} ичинен {taken} жазылган</translation>
    </message>
    <message>
        <source>Choose the visit to cancel.</source>
        <translation>Жокко чыгарыла турган жолугушууну тандаңыз.</translation>
    </message>
    <message>
        <source>Write the reason for cancelling.</source>
        <translation>Жокко чыгаруунун себебин жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <source>You logged in with a temporary password. Choose your own password now.</source>
        <translation>Сиз убактылуу сырсөз менен кирдиңиз. Азыр өз сырсөзүңүздү коюңуз.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Жаңы сырсөз коюңуз.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Жаңы сырсөздү кайталаңыз</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Жаңы сырсөздөр дал келбейт.</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Mandela Rules compliance</source>
        <translation>Манделанын эрежелеринин сакталышы</translation>
    </message>
    <message>
        <source>Prisoners whose admission lacks what Rules 7, 8 and 54-55 require, and admissions left as drafts for more than a day. Double-click a row to open the file.</source>
        <translation>Кабыл алууда 7, 8 жана 54–55-эрежелер талап кылган маалыматы жок камалгандар жана бир суткадан ашык долбоор бойдон калган кабыл алуулар. Жеке ишти ачуу үчүн сапты эки жолу басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңылоо</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Wing</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жетишпейт</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Дене бөлүгү</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Files to complete</source>
        <translation>Толуктала турган иштер</translation>
    </message>
    <message>
        <source>Medical notices</source>
        <translation>Медициналык кызматка билдирүүлөр</translation>
    </message>
    <message>
        <source>Complains of ill-treatment: {text}</source>
        <translation>Катаал мамилеге арыз: {text}</translation>
    </message>
    <message>
        <source>Files to complete: {n}</source>
        <translation>Толуктала турган иштер: {n}</translation>
    </message>
    <message>
        <source>(the first {n}; complete these to see more)</source>
        <translation>(алгачкы {n}; калгандарын көрүү үчүн буларды толуктаңыз)</translation>
    </message>
</context>
<context>
    <name>ConfiscationsPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Чейин</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Тыюу салынган буюм</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Кайда жөнөтүлдү</translation>
    </message>
    <message>
        <source>Note and officer</source>
        <translation>Эскертүү жана кызматкер</translation>
    </message>
    <message>
        <source>Type both days: dd.mm.yyyy.</source>
        <translation>Эки күндү тең териңиз: кк.аа.жжжж.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) confiscated.</source>
        <translation>
            <numerusform>%n буюм алынды.</numerusform>
            <numerusform>%n буюм алынды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Fa&amp;mily</source>
        <translation>&amp;Үй-бүлө</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>Family and next of kin</source>
        <translation>Үй-бүлө жана жакын туугандар</translation>
    </message>
    <message>
        <source>Who is told of admission, transfer, serious illness or death (Rule 68).</source>
        <translation>Кабыл алуу, которуу, оор оору же өлүм тууралуу кимге кабарланат (68-эреже).</translation>
    </message>
    <message>
        <source>Contacts are listed below</source>
        <translation>Байланыштар төмөндө көрсөтүлгөн</translation>
    </message>
    <message>
        <source>What is known, in the prisoner's words</source>
        <translation>Эмне белгилүү, камактагынын сөзү менен</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Туугандык байланышы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Жакын тууган</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>кк.аа.жжжж</translation>
    </message>
    <message>
        <source>Calendar (F4)</source>
        <translation>Календарь (F4)</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy, for example 01.11.2026.</source>
        <translation>Датаны кк.аа.жжжж түрүндө териңиз, мисалы 01.11.2026.</translation>
    </message>
    <message>
        <source>{date} is too long ago.</source>
        <translation>{date} — өтө эле илгери.</translation>
    </message>
    <message>
        <source>{date} is not a date: there is no such day.</source>
        <translation>{date} — дата эмес: мындай күн жок.</translation>
    </message>
</context>
<context>
    <name>EndPlaceDialog</name>
    <message>
        <source>End the place</source>
        <translation>Орунду бошотуу</translation>
    </message>
    <message>
        <source>{number}  {name}: {workshop} since {day}</source>
        <translation>{number}  {name}: {workshop}, {day} баштап</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Акыркы күн</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Се&amp;беби</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>Choose why…</source>
        <translation>Себебин тандаңыз…</translation>
    </message>
</context>
<context>
    <name>GateDeskPage</name>
    <message>
        <source>Gate: visits</source>
        <translation>Өткөрүү пункту: жолугушуулар</translation>
    </message>
    <message>
        <source>Scan a visit pass…</source>
        <translation>Жолугушууга уруксат кагазын сканерлеңиз…</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>&amp;Киргизүү</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>&amp;Чыгаруу</translation>
    </message>
    <message>
        <source>Loc&amp;ker</source>
        <translation>&amp;Ячейка</translation>
    </message>
    <message>
        <source>I&amp;tems left at the gate</source>
        <translation>Өткөрүү пунктунда калтырылган &amp;буюмдар</translation>
    </message>
    <message>
        <source>Save today's gate lo&amp;g…</source>
        <translation>Бүгүнкү өткөрүү пунктунун &amp;журналын сактоо…</translation>
    </message>
    <message>
        <source>Close the &amp;day…</source>
        <translation>Күн&amp;дү жабуу…</translation>
    </message>
    <message>
        <source>Pass lost? Find the visitor by name (Ctrl+F):</source>
        <translation>Уруксат кагазы жоголдубу? Келүүчүнү аты боюнча табыңыз (Ctrl+F):</translation>
    </message>
    <message>
        <source>Surname and name…</source>
        <translation>Фамилиясы жана аты…</translation>
    </message>
    <message>
        <source>This is not a pass code. Scan the barcode on the pass or type the code printed under it; if the pass is lost, find the visitor by name.</source>
        <translation>Бул уруксат кагазынын коду эмес. Уруксат кагазындагы штрих-кодду сканерлеңиз же анын астында басылган кодду териңиз; уруксат кагазы жоголсо, келүүчүнү аты боюнча табыңыз.</translation>
    </message>
    <message>
        <source>A pass was scanned into another field or window: nothing was recorded. Clear what the scanner typed there, close the window or click the scan field, and scan again.</source>
        <translation>Уруксат кагазы башка талаага же терезеге сканерленди: эч нерсе жазылган жок. Сканер киргизгенди өчүрүп, терезени жабыңыз же сканерлөө талаасын басып, кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>The same pass was scanned twice: the second scan was ignored.</source>
        <translation>Бир эле уруксат кагазы эки жолу сканерленди: экинчиси эске алынган жок.</translation>
    </message>
    <message>
        <source>BANNED: {names}. Do not let them in.</source>
        <translation>ТЫЮУ: {names}. Киргизбеңиз.</translation>
    </message>
    <message>
        <source>This visit was cancelled: its pass only lets out those still inside. Scan it again or press Check out.</source>
        <translation>Бул жолугушуу жокко чыгарылган: уруксат кагаз менен ичинде калгандарды гана чыгарууга болот. Аны кайра сканерлеңиз же «Чыгаруу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>This pass is for {day}: it only lets out those still inside. Scan it again or press Check out.</source>
        <translation>Бул уруксат кагаз {day} күнүнө: аны менен ичинде калгандарды гана чыгарууга болот. Аны кайра сканерлеңиз же «Чыгаруу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Inside now. Scan the pass again or press Check out to let them out.</source>
        <translation>Азыр ичинде. Уруксат кагазын кайра сканерлеңиз же «Чыгаруу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Check the documents, then press Check in.</source>
        <translation>Документтерди текшерип, «Киргизүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>{kind}, {day}, {starts}–{ends}</source>
        <translation>{kind}, {day}, {starts}–{ends}</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(бала)</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>ичинде</translation>
    </message>
    <message>
        <source>BANNED: {reason}</source>
        <translation>ТЫЮУ: {reason}</translation>
    </message>
    <message>
        <source>locker {lockers}</source>
        <translation>ячейка {lockers}</translation>
    </message>
    <message>
        <source>Hand back: {things}.</source>
        <translation>Кайтарып берүү: {things}.</translation>
    </message>
    <message>
        <source>Children inside without an adult of their visit: {names}. Do not leave them alone: an adult of the visit must be inside.</source>
        <translation>Ичинде өз жолугушуусунун чоң кишиси жок балдар: {names}. Аларды жалгыз калтырбаңыз: жолугушуунун чоң кишиси ичинде болушу керек.</translation>
    </message>
    <message>
        <source>Checked in. Scan the pass again when they leave.</source>
        <translation>Киргизилди. Чыгып жатканда уруксат кагазын кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>Visit {number} finished: {outcome}.</source>
        <translation>{number} жолугушуусу бүттү: {outcome}.</translation>
    </message>
    <message>
        <source>No visit today for that name.</source>
        <translation>Бул ат менен бүгүн жолугушуу жок.</translation>
    </message>
    <message>
        <source>Choose the visit, then check the documents carefully.</source>
        <translation>Жолугушууну тандап, андан соң документтерди кылдат текшериңиз.</translation>
    </message>
    <message>
        <source>Save today's gate log</source>
        <translation>Бүгүнкү өткөрүү пунктунун журналын сактоо</translation>
    </message>
    <message numerus="yes">
        <source>Gate log saved: %n visit(s).</source>
        <translation>
            <numerusform>Журнал сакталды: %n жолугушуу.</numerusform>
            <numerusform>Журнал сакталды: %n жолугушуу.</numerusform>
        </translation>
    </message>
    <message>
        <source>no adult inside</source>
        <translation>ичинде чоң киши жок</translation>
    </message>
    <message>
        <source>Inside now. Press Check out to let them out.</source>
        <translation>Азыр ичинде. Чыгаруу үчүн «Чыгаруу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Күндү жабуу</translation>
    </message>
    <message>
        <source>Every visit of today that is over and that nobody came to will be recorded as not arrived. Close the day?</source>
        <translation>Бүгүнкү бүткөн жана эч ким келбеген ар бир жолугушуу «келген жок» деп белгиленет. Күндү жабасызбы?</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded as not arrived.</source>
        <translation>
            <numerusform>%n жолугушуу «келген жок» деп белгиленди.</numerusform>
            <numerusform>%n жолугушуу «келген жок» деп белгиленди.</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit had to be recorded as not arrived.</source>
        <translation>«Келген жок» деп белгилей турган жолугушуу болгон жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) not over yet were left open.</source>
        <translation>
            <numerusform>Бүтө элек %n жолугушуу ачык калтырылды.</numerusform>
            <numerusform>Бүтө элек %n жолугушуу ачык калтырылды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still inside: %n visitor(s). Choose each visit in the list and check them out.</source>
        <translation>
            <numerusform>Дагы ичинде: %n келүүчү. Тизмеден ар бир жолугушууну тандап, аларды чыгарыңыз.</numerusform>
            <numerusform>Дагы ичинде: %n келүүчү. Тизмеден ар бир жолугушууну тандап, аларды чыгарыңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inside now: %n visitor(s)</source>
        <translation>
            <numerusform>Азыр ичинде: %n келүүчү</numerusform>
            <numerusform>Азыр ичинде: %n келүүчү</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилиясы</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>Ат&amp;ы</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>А&amp;тасынын аты</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Туул&amp;ган күнү</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Жынысы</translation>
    </message>
    <message>
        <source>Gender identity (as the person states it)</source>
        <translation>Гендердик өздүгү (адамдын өз айтканы боюнча)</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>PIN (14 digits)</source>
        <translation>ПИН (14 сан)</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Инсандыкты тастыктаган документ</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Документтин номери</translation>
    </message>
    <message>
        <source>Languages understood</source>
        <translation>Түшүнгөн тилдери</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Инсандык маалымат</translation>
    </message>
    <message>
        <source>As in the identity document. Names may be typed in Cyrillic or Latin, but each word in one alphabet.</source>
        <translation>Инсандыкты тастыктаган документтегидей. Аттарды кирилл же латын тамгалары менен терүүгө болот, бирок ар бир сөз бир алфавитте болушу керек.</translation>
    </message>
</context>
<context>
    <name>InjuriesPage</name>
    <message>
        <source>Injuries</source>
        <translation>Жаракаттар</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Кароо</translation>
    </message>
    <message>
        <source>Injuries and complaints</source>
        <translation>Жаракаттар жана даттануулар</translation>
    </message>
    <message>
        <source>Note every visible injury and any complaint of prior ill-treatment; a complaint is passed to the medical service.</source>
        <translation>Ар бир көрүнгөн жаракатты жана мурда болгон катаал мамиле тууралуу ар кандай даттанууну жазыңыз; даттануу медициналык кызматка өткөрүлөт.</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Дене бөлүгү</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Complains of ill-treatment</source>
        <translation>Катаал мамилеге даттанат</translation>
    </message>
    <message>
        <source>Notify the medical service</source>
        <translation>Медициналык кызматка билдирүү</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Examined: no visible injuries, no complaints</source>
        <translation>Каралды: көрүнгөн жаракаттар жок, даттануулар жок</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspect the parcel</source>
        <translation>Посылканы текшерүү</translation>
    </message>
    <message>
        <source>&amp;Inspected by</source>
        <translation>&amp;Кантип текшерилди</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Incident note (where needed)</source>
        <translation>Окуя жөнүндө эскертүү (талап кылынса)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өткөрүлдү</translation>
    </message>
    <message>
        <source>to the medical service</source>
        <translation>медбөлүмгө</translation>
    </message>
    <message>
        <source>confiscated</source>
        <translation>алынат</translation>
    </message>
    <message>
        <source>Attach the &amp;x-ray image…</source>
        <translation>&amp;Рентген сүрөтүн тиркөө…</translation>
    </message>
    <message>
        <source>&amp;Save the inspection</source>
        <translation>Текшерүүнү &amp;сактоо</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>The x-ray image</source>
        <translation>Рентген сүрөтү</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png)</translation>
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
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Add an &amp;item</source>
        <translation>Позиция к&amp;ошуу</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Бул позицияны өчүрүү</translation>
    </message>
</context>
<context>
    <name>LegalPage</name>
    <message>
        <source>Court or authority</source>
        <translation>Сот же орган</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Чечимдин номери</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Чечимдин датасы</translation>
    </message>
    <message>
        <source>Articles / charges</source>
        <translation>Беренелер / айыптар</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Кармоо түрү</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Жаза мөөнөтүнүн башталышы</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Days credited (remand)</source>
        <translation>Эсепке алынган күндөр (камакта)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Укуктук негиз</translation>
    </message>
    <message>
        <source>The decision that orders the detention; the release date is computed from the sentence.</source>
        <translation>Кармоого негиз болгон чечим; бошотуу датасы жаза мөөнөтү боюнча эсептелет.</translation>
    </message>
    <message>
        <source>Release date: {date}</source>
        <translation>Бошотуу датасы: {date}</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Workstation locked</source>
        <translation>Иш орду бөгөттөлдү</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Locked by {name}. Enter the password to continue.</source>
        <translation>{name} бөгөттөгөн. Улантуу үчүн сырсөздү киргизиңиз.</translation>
    </message>
    <message>
        <source>Wrong password, or your account has been disabled.</source>
        <translation>Сырсөз туура эмес, же эсебиңиз өчүрүлгөн.</translation>
    </message>
    <message>
        <source>That was a scan, not a password. Unlock with your password, then scan.</source>
        <translation>Бул сырсөз эмес, сканерлөө болду. Адегенде сырсөз менен ачыңыз, анан сканерлеңиз.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>PrisonDesk — log in</source>
        <translation>PrisonDesk — кирүү</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Колдонуучунун атын жана сырсөздү киргизиңиз.</translation>
    </message>
    <message>
        <source>That was a scan, not a password. Type your password.</source>
        <translation>Бул сырсөз эмес, сканерлөө болду. Сырсөзүңүздү териңиз.</translation>
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
        <translation>Иш ордун &amp;бөгөттөө</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Сырсөздү ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Программаны &amp;жабуу</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Ша&amp;йкештирүү</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Азыр &amp;шайкештирүү</translation>
    </message>
    <message>
        <source>&amp;Conflicts and rejected changes…</source>
        <translation>&amp;Карама-каршылыктар жана четке кагылган өзгөртүүлөр…</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>Маал&amp;ымдама</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Диагностиканы көчүрүү</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into a message to support.</source>
        <translation>Диагностика алмашуу буферине көчүрүлдү: аны колдоо кызматына жазылган билдирүүгө чаптаңыз.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Log out now? Anything not yet saved in open forms will be lost.</source>
        <translation>Азыр чыгасызбы? Ачык формалардагы сакталбаган маалымат жоголот.</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Movement of {number}</source>
        <translation>{number} которуусу</translation>
    </message>
    <message>
        <source>Choose the receiving facility…</source>
        <translation>Которулуучу мекемени тандаңыз…</translation>
    </message>
    <message>
        <source>Another facility (the file stays here)</source>
        <translation>Башка мекеме (иш ушул жерде калат)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
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
        <translation>Мекемеге</translation>
    </message>
    <message>
        <source>Court or facility</source>
        <translation>Сот же мекеме</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Негиз же эскертүү</translation>
    </message>
    <message>
        <source>Property handed back</source>
        <translation>Кайтарылган буюмдар</translation>
    </message>
    <message>
        <source>Transfer to {facility}</source>
        <translation>{facility} мекемесине которуу</translation>
    </message>
    <message>
        <source>The file of {number} goes to {facility} on the next sync. The contacts, injuries, property and photo then leave this facility's workstations. Transfer?</source>
        <translation>{number} иши кийинки шайкештирүүдө {facility} мекемесине өтөт. Байланыштар, денедеги жаракаттар, мүлк жана сүрөт андан кийин бул мекеменин иш орундарынан өчүрүлөт. Которуу керекпи?</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Case note</source>
        <translation>Жеке иштеги жазуу</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрү</translation>
    </message>
    <message>
        <source>&amp;Seen by</source>
        <translation>&amp;Ким көрө алат</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Эмне болду</translation>
    </message>
</context>
<context>
    <name>ParcelDeskPage</name>
    <message>
        <source>Gate: parcels</source>
        <translation>Өткөрүү пункту: берүүлөр</translation>
    </message>
    <message>
        <source>Scan a parcel's barcode…</source>
        <translation>Посылканын штрих-кодун сканерлеңиз…</translation>
    </message>
    <message>
        <source>&amp;Receive a parcel…</source>
        <translation>&amp;Посылканы кабыл алуу…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>Т&amp;екшерүү…</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>Бе&amp;рүү</translation>
    </message>
    <message>
        <source>Re&amp;fused…</source>
        <translation>Ба&amp;ш тартуу…</translation>
    </message>
    <message>
        <source>Re&amp;turn to sender…</source>
        <translation>Жөнөтүүчүгө &amp;кайтаруу…</translation>
    </message>
    <message>
        <source>For&amp;ward…</source>
        <translation>Ары &amp;жөнөтүү…</translation>
    </message>
    <message>
        <source>Print re&amp;ceipt</source>
        <translation>К&amp;витанцияны басып чыгаруу</translation>
    </message>
    <message>
        <source>Print la&amp;bel</source>
        <translation>Бе&amp;лгини басып чыгаруу</translation>
    </message>
    <message>
        <source>Print handover sh&amp;eet</source>
        <translation>Берүү &amp;барагын басып чыгаруу</translation>
    </message>
    <message>
        <source>Add a ph&amp;oto…</source>
        <translation>Сүрөт к&amp;ошуу…</translation>
    </message>
    <message>
        <source>&amp;Paper in</source>
        <translation>&amp;Документтин тили</translation>
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
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>The same barcode was scanned twice: the second scan was ignored.</source>
        <translation>Бир эле штрих-код эки жолу сканерленди: экинчиси эске алынган жок.</translation>
    </message>
    <message>
        <source>A barcode was scanned into another field or window: nothing was recorded. Close the window or click the scan field, and scan again.</source>
        <translation>Штрих-код башка талаага же терезеге сканерленди: эч нерсе жазылган жок. Терезени жабыңыз же сканерлөө талаасын басып, кайра сканерлеңиз.</translation>
    </message>
    <message numerus="yes">
        <source>Awaiting inspection: %n</source>
        <translation>
            <numerusform>Текшерүүнү күтүүдө: %n</numerusform>
            <numerusform>Текшерүүнү күтүүдө: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awaiting handover: %n</source>
        <translation>
            <numerusform>Берүүнү күтүүдө: %n</numerusform>
            <numerusform>Берүүнү күтүүдө: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Desks working apart ended this parcel in different ways: a supervisor must check it.</source>
        <translation>Өзүнчө иштеген жумуш орундары бул посылкага ар башка жыйынтык жазышты: аны смена башчысы текшериши керек.</translation>
    </message>
    <message>
        <source>Inspect the parcel: press Enter or Inspect.</source>
        <translation>Посылканы текшериңиз: Enter же «Текшерүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Print the handover sheet for the prisoner to sign, then press Enter or Hand over.</source>
        <translation>Соттолгон кол коюшу үчүн берүү барагын басып чыгарып, андан соң Enter же «Берүү» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>This parcel is no longer waiting: {status}.</source>
        <translation>Бул посылка мындан ары күтүүдө эмес: {status}.</translation>
    </message>
    <message>
        <source>Scan a parcel, or choose one in a list.</source>
        <translation>Посылканы сканерлеңиз же тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статусу: {status}</translation>
    </message>
    <message>
        <source>From: {sender} ({channel})</source>
        <translation>Жөнөтүүчү: {sender} ({channel})</translation>
    </message>
    <message>
        <source>Received {when}; {kg} kg; seal {seal}</source>
        <translation>Кабыл алынды {when}; {kg} кг; пломба {seal}</translation>
    </message>
    <message>
        <source>Photos: {photos}; x-ray images: {xray}</source>
        <translation>Сүрөттөр: {photos}; рентген сүрөттөрү: {xray}</translation>
    </message>
    <message>
        <source>Over the quota, accepted by {approval}</source>
        <translation>Лимиттен ашык, уруксат берген: {approval}</translation>
    </message>
    <message>
        <source>Parcel received. Print the receipt for the sender and the label for the parcel.</source>
        <translation>Посылка кабыл алынды. Жөнөтүүчүгө квитанцияны жана посылкага белгини басып чыгарыңыз.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Посылканы берүү</translation>
    </message>
    <message>
        <source>Hand parcel {tracking} over to {prisoner}? They sign the handover sheet.</source>
        <translation>{tracking} посылкасын {prisoner} аттуу соттолгонго бересизби? Ал берүү барагына кол коёт.</translation>
    </message>
    <message>
        <source>Refused by the prisoner</source>
        <translation>Соттолгондун баш тартуусу</translation>
    </message>
    <message>
        <source>The prisoner would not take the parcel. It stays here until it is returned.</source>
        <translation>Соттолгон посылканы алуудан баш тартты. Ал кайтарылганга чейин ушул жерде сакталат.</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Себеби</translation>
    </message>
    <message>
        <source>Return to the sender</source>
        <translation>Жөнөтүүчүгө кайтаруу</translation>
    </message>
    <message>
        <source>The parcel goes back to its sender.</source>
        <translation>Посылка жөнөтүүчүгө кайтарылат.</translation>
    </message>
    <message>
        <source>Forward the parcel</source>
        <translation>Посылканы ары жөнөтүү</translation>
    </message>
    <message>
        <source>The prisoner has left: the parcel is sent on after them.</source>
        <translation>Соттолгон кетти: посылка анын артынан жөнөтүлөт.</translation>
    </message>
    <message>
        <source>&amp;Where to</source>
        <translation>&amp;Кайда</translation>
    </message>
    <message>
        <source>Recorded: {status}.</source>
        <translation>Жазылды: {status}.</translation>
    </message>
    <message>
        <source>A photo of the parcel</source>
        <translation>Посылканын сүрөтү</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png)</translation>
    </message>
    <message numerus="yes">
        <source>Photo added: %n photo(s) of this parcel.</source>
        <translation>
            <numerusform>Сүрөт кошулду: бул посылканын %n сүрөтү бар.</numerusform>
            <numerusform>Сүрөт кошулду: бул посылканын %n сүрөтү бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcel receipt {tracking}</source>
        <translation>Посылканы кабыл алуу түшүрмөсү {tracking}</translation>
    </message>
    <message>
        <source>Parcel label {tracking}</source>
        <translation>Посылканын белгиси {tracking}</translation>
    </message>
    <message>
        <source>Handover sheet {tracking}</source>
        <translation>Берүү барагы {tracking}</translation>
    </message>
</context>
<context>
    <name>ParcelLogPage</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Күн</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Кө&amp;рсөтүү</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>С&amp;актоо…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып чыгаруу…</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Келүү жолу</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жөнөтүүчү</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Алуучу</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Салмагы, кг</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Type the day: dd.mm.yyyy.</source>
        <translation>Күндү териңиз: кк.аа.жжжж.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) received on {day}.</source>
        <translation>
            <numerusform>{day} күнү %n посылка кабыл алынды.</numerusform>
            <numerusform>{day} күнү %n посылка кабыл алынды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the parcel log</source>
        <translation>Посылкалар журналын сактоо</translation>
    </message>
    <message>
        <source>Saved: {file}.</source>
        <translation>Сакталды: {file}.</translation>
    </message>
    <message>
        <source>Parcel log</source>
        <translation>Посылкалар журналы</translation>
    </message>
</context>
<context>
    <name>ParcelSettingsTab</name>
    <message>
        <source>Parcels a prisoner may receive in a calendar month, by regime, and the lists the gate works from. The values shipped are examples: set your facility's own.</source>
        <translation>Соттолгон календардык айда режимге жараша канча посылка ала алат жана өткөрүү пункту иштеген тизмелер. Берилген маанилер — мисалдар: мекемеңиздин маанилерин коюңуз.</translation>
    </message>
    <message>
        <source>Parcels a month</source>
        <translation>Айына посылка</translation>
    </message>
    <message>
        <source>Their weight in all, kg</source>
        <translation>Жалпы салмагы, кг</translation>
    </message>
    <message>
        <source>Content &amp;categories, one a line</source>
        <translation>&amp;Ичиндегилердин категориялары, ар бир сапка бирден</translation>
    </message>
    <message>
        <source>P&amp;rohibited items</source>
        <translation>Тыюу салынган &amp;буюмдар</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>To the medical service</source>
        <translation>Медициналык бөлүмгө</translation>
    </message>
    <message>
        <source>Needs an incident note</source>
        <translation>Окуя жөнүндө эскертүү керек</translation>
    </message>
    <message>
        <source>A&amp;dd a prohibited item</source>
        <translation>Тыюу салынган буюм &amp;кошуу</translation>
    </message>
    <message>
        <source>Re&amp;move it</source>
        <translation>Ө&amp;чүрүү</translation>
    </message>
    <message>
        <source>Sa&amp;ve the parcel rules</source>
        <translation>&amp;Посылка эрежелерин сактоо</translation>
    </message>
    <message>
        <source>Saved. The gate works from these rules now.</source>
        <translation>Сакталды. Өткөрүү пункту эми ушул эрежелер менен иштейт.</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Gate</source>
        <translation>Өткөрүү пункту</translation>
    </message>
    <message>
        <source>Daily log</source>
        <translation>Күндүк журнал</translation>
    </message>
    <message>
        <source>Confiscations</source>
        <translation>Алып коюлгандар</translation>
    </message>
    <message>
        <source>To settle</source>
        <translation>Чечилбегендер</translation>
    </message>
</context>
<context>
    <name>ParcelsTab</name>
    <message>
        <source>Received</source>
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Посылка</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жөнөтүүчү</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Салмагы, кг</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>No parcels yet.</source>
        <translation>Азырынча посылкалар жок.</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Чейин</translation>
    </message>
    <message>
        <source>&amp;Compute the pay</source>
        <translation>Акыны &amp;эсептөө</translation>
    </message>
    <message>
        <source>&amp;Approve and post…</source>
        <translation>Бекитүү жана &amp;которуу…</translation>
    </message>
    <message>
        <source>&amp;Discard this run…</source>
        <translation>Эсепти &amp;жокко чыгаруу…</translation>
    </message>
    <message>
        <source>E&amp;xport the payroll…</source>
        <translation>&amp;Ведомостту экспорттоо…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Устакана</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Саат</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Даана</translation>
    </message>
    <message>
        <source>Wage</source>
        <translation>Эмгек акы</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>Учурдагы чыгымдарга</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>Бошотулганга чейин</translation>
    </message>
    <message>
        <source>approved, posted</source>
        <translation>бекитилди, которулду</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>бекитүүнү күтүүдө</translation>
    </message>
    <message>
        <source>{first} – {last}: {total} in all, {spendable} spendable, {held} held until release ({percent} %).</source>
        <translation>{first} – {last}: бардыгы {total}, учурдагы чыгымдарга {spendable}, бошотулганга чейин {held} ({percent} %).</translation>
    </message>
    <message>
        <source>Type both days: dd.mm.yyyy.</source>
        <translation>Эки күндү тең териңиз: кк.аа.жжжж.</translation>
    </message>
    <message numerus="yes">
        <source>Computed: %n people. A supervisor approves it to post the wages.</source>
        <translation>
            <numerusform>Эсептелди: %n адам. Эмгек акыны которуу үчүн эсепти отряд башчысы бекитет.</numerusform>
            <numerusform>Эсептелди: %n адам. Эмгек акыны которуу үчүн эсепти отряд башчысы бекитет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the pay</source>
        <translation>Эмгек акыны бекитүү</translation>
    </message>
    <message numerus="yes">
        <source>Post {total} to the deposit accounts of %n people? This cannot be undone.</source>
        <translation>
            <numerusform>{total} %n адамдын депозиттик эсептерине которулсунбу? Муну кайра жокко чыгарууга болбойт.</numerusform>
            <numerusform>{total} %n адамдын депозиттик эсептерине которулсунбу? Муну кайра жокко чыгарууга болбойт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation>Эсепти жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard the pay computed for {first} – {last}? Nothing is posted; the marks of these days can be corrected again, and the period is then run anew.</source>
        <translation>{first} – {last} үчүн эсептелген акыны жокко чыгарасызбы? Эч нерсе которулган жок; бул күндөрдүн белгилерин кайра оңдоого болот, андан кийин мезгил жаңыдан эсептелет.</translation>
    </message>
    <message>
        <source>Discarded: the marks of {first} – {last} can be corrected; then compute the pay again.</source>
        <translation>Эсеп жокко чыгарылды: {first} – {last} белгилерин оңдоого болот; андан кийин акыны кайра эсептеңиз.</translation>
    </message>
    <message>
        <source>Approved: the wages are on the deposit accounts.</source>
        <translation>Бекитилди: эмгек акы депозиттик эсептерге которулду.</translation>
    </message>
    <message>
        <source>Export the payroll</source>
        <translation>Ведомостту экспорттоо</translation>
    </message>
    <message>
        <source>Saved: {file}.</source>
        <translation>Сакталды: {file}.</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <source>Pay out the deposit</source>
        <translation>Депозиттик эсептен төлөп берүү</translation>
    </message>
    <message>
        <source>Spendable {spendable}, held until release {held}: {total} in all is paid onto the deposit card.</source>
        <translation>Учурдагы чыгымдарга — {spendable}, бошотулганга чейин — {held}: бардыгы {total} депозиттик картага которулат.</translation>
    </message>
    <message>
        <source>&amp;Card, last digits</source>
        <translation>&amp;Картанын акыркы сандары</translation>
    </message>
</context>
<context>
    <name>PhotoPage</name>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Optional. JPEG, PNG or BMP up to 15 MB; it is cropped to a portrait and stored small.</source>
        <translation>Милдеттүү эмес. 15 МБ чейинки JPEG, PNG же BMP; сүрөт портретке кесилип, кичине өлчөмдө сакталат.</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Файлды тандоо…</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>{name} файлын окуу мүмкүн эмес.</translation>
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
        <translation>Режим жана жайгаштыруу</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Устаканалар</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Жаңы устакана…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Өз&amp;гөртүү…</translation>
    </message>
    <message>
        <source>Training progra&amp;mmes</source>
        <translation>Окуу &amp;программалары</translation>
    </message>
    <message>
        <source>Add a &amp;programme…</source>
        <translation>Программа &amp;кошуу…</translation>
    </message>
    <message>
        <source>Pay ra&amp;tes</source>
        <translation>&amp;Эмгек акы ставкалары</translation>
    </message>
    <message>
        <source>Add a &amp;rate…</source>
        <translation>Ста&amp;вка кошуу…</translation>
    </message>
    <message>
        <source>Waitin&amp;g list</source>
        <translation>Күтүү ти&amp;змеси</translation>
    </message>
    <message>
        <source>&amp;Add a prisoner…</source>
        <translation>Соттолгонду ко&amp;шуу…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Б&amp;екитүү</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>Б&amp;аш тартуу…</translation>
    </message>
    <message>
        <source>Allo&amp;cate…</source>
        <translation>Орун &amp;берүү…</translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list…</source>
        <translation>Тизмеден &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>&amp;Holding a place today</source>
        <translation>Бүгүн о&amp;рун ээлегендер</translation>
    </message>
    <message>
        <source>&amp;End the place…</source>
        <translation>&amp;Орунду бошотуу…</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Устакана</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орун</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Разряд</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Төлөм</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Суммасы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Кошулган күнү</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ким сунуштады</translation>
    </message>
    <message>
        <source>Reason, note</source>
        <translation>Себеп, эскертүү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Аякташы</translation>
    </message>
    <message>
        <source>{taken} of {capacity}</source>
        <translation>{capacity} ичинен {taken}</translation>
    </message>
    <message>
        <source>Choose a workshop</source>
        <translation>Устакананы тандаңыз</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Азырынча устакана жок</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken</source>
        <translation>Ээленген орундар: {capacity} ичинен {taken}</translation>
    </message>
    <message>
        <source>Instructors: {names}</source>
        <translation>Инструкторлор: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Sessions: {week}</source>
        <translation>Сменалар: {week}</translation>
    </message>
    <message>
        <source>Enterprise: {name}</source>
        <translation>Ишкана: {name}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Assessment plan</source>
        <translation>Реабилитация планы</translation>
    </message>
    <message>
        <source>work</source>
        <translation>жумуш</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>мөөнөтсүз</translation>
    </message>
    <message>
        <source>The workshop is set up.</source>
        <translation>Устакана түзүлдү.</translation>
    </message>
    <message>
        <source>The workshop is changed.</source>
        <translation>Устакана өзгөртүлдү.</translation>
    </message>
    <message>
        <source>Who goes on the waiting list?</source>
        <translation>Күтүү тизмесине кимди кошобуз?</translation>
    </message>
    <message>
        <source>On the waiting list: {name}.</source>
        <translation>Күтүү тизмесине кошулду: {name}.</translation>
    </message>
    <message>
        <source>Approved: {name}.</source>
        <translation>Бекитилди: {name}.</translation>
    </message>
    <message>
        <source>Decline the place</source>
        <translation>Орун берүүдөн баш тартуу</translation>
    </message>
    <message>
        <source>Why is {name} declined a place in {workshop}?</source>
        <translation>Соттолгон {name} «{workshop}» устаканасына эмне үчүн кабыл алынбайт?</translation>
    </message>
    <message>
        <source>Declined: {name}.</source>
        <translation>Баш тартылды: {name}.</translation>
    </message>
    <message>
        <source>Take off the waiting list</source>
        <translation>Күтүү тизмесинен чыгаруу</translation>
    </message>
    <message>
        <source>Why does {name} come off the list of {workshop}?</source>
        <translation>Соттолгон {name} «{workshop}» устаканасынын күтүү тизмесинен эмне үчүн чыгарылат?</translation>
    </message>
    <message>
        <source>The prisoner &amp;withdrew</source>
        <translation>Соттолгон өз &amp;каалоосу менен баш тартты</translation>
    </message>
    <message>
        <source>Off the list: {name}.</source>
        <translation>Тизмеден чыгарылды: {name}.</translation>
    </message>
    <message>
        <source>The place is ended: {name}.</source>
        <translation>Орун бошотулду: {name}.</translation>
    </message>
    <message>
        <source>Allocated a place: {name}.</source>
        <translation>Орун берилди: {name}.</translation>
    </message>
</context>
<context>
    <name>PrisonerCard</name>
    <message>
        <source>Prisoner {number}</source>
        <translation>Камактагы {number}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Wing and cell</source>
        <translation>Блок жана камера</translation>
    </message>
    <message>
        <source>This is the registry card. The whole file (documents, legal basis, contacts) is read by registry officers, social workers and supervisors.</source>
        <translation>Бул каттоо карточкасы. Толук жеке ишти (документтер, укуктук негиз, байланыштар) каттоо кызматкерлери, социалдык кызматкерлер жана отряд башчылары окуйт.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Сүрөт жок</translation>
    </message>
</context>
<context>
    <name>PrisonerFile</name>
    <message>
        <source>Record &amp;movement…</source>
        <translation>&amp;Которууну жазуу…</translation>
    </message>
    <message>
        <source>&amp;Edit file…</source>
        <translation>Ишти &amp;өзгөртүү…</translation>
    </message>
    <message>
        <source>ID &amp;card (PDF)…</source>
        <translation>Күбө&amp;лүк (PDF)…</translation>
    </message>
    <message>
        <source>Property &amp;receipt (PDF)…</source>
        <translation>Буюмдар &amp;дүмүрчөгү (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print ID card…</source>
        <translation>Күбөлүктү &amp;басып чыгаруу…</translation>
    </message>
    <message>
        <source>Print property receipt…</source>
        <translation>Буюмдар дүмүрчөгүн басып чыгаруу…</translation>
    </message>
    <message>
        <source>File {number}</source>
        <translation>Жеке иш {number}</translation>
    </message>
    <message>
        <source>{status} from {facility}</source>
        <translation>{status}: {facility} мекемесинен</translation>
    </message>
    <message>
        <source>{number} · {status} · born {born} · {wing}, cell {cell} · release {release}</source>
        <translation>{number} · {status} · туулган {born} · {wing}, камера {cell} · бошотулуу {release}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>Court or authority</source>
        <translation>Сот же орган</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Беренелер</translation>
    </message>
    <message>
        <source>Identity and legal basis</source>
        <translation>Инсандык жана укуктук негиз</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Дене жаракаттары</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Сакталган жери</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Буюмдар</translation>
    </message>
    <message>
        <source>Examined: no visible injuries, no complaints</source>
        <translation>Текшерилди: көрүнгөн жаракат жана арыз жок</translation>
    </message>
    <message>
        <source>Not examined yet</source>
        <translation>Азырынча текшерилген жок</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Текшерүү</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жок</translation>
    </message>
    <message>
        <source>Injury or complaint</source>
        <translation>Жаракат же арыз</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Дененин бөлүгү</translation>
    </message>
    <message>
        <source>Complaint of ill-treatment</source>
        <translation>Катаал мамиле боюнча арыз</translation>
    </message>
    <message>
        <source>Medical service told</source>
        <translation>Медкызматка кабарланды</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Үй-бүлө</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Туугандык байланышы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыштар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Кайда</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Которуулар</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Жолугушуулар</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылкалар</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Устаканалар</translation>
    </message>
    <message>
        <source>Assessment and plan</source>
        <translation>Баалоо жана план</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Сүрөт жок</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сактоо</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сакталды: {path}</translation>
    </message>
</context>
<context>
    <name>PrisonerPicker</name>
    <message>
        <source>Whose visit?</source>
        <translation>Кимдин жолугушуусу?</translation>
    </message>
    <message>
        <source>Prisoner's name, PIN or number</source>
        <translation>Соттолгондун аты-жөнү, ПИН же номери</translation>
    </message>
    <message>
        <source>Find the prisoner and choose them in the list.</source>
        <translation>Соттолгонду таап, тизмеден тандаңыз.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Add a training programme</source>
        <translation>Окуу программасын кошуу</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аталышы</translation>
    </message>
    <message>
        <source>&amp;Length, days</source>
        <translation>&amp;Узактыгы, күн</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Сү&amp;рөттөмө</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress of an action</source>
        <translation>Иш-чаранын аткарылышы</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статусу</translation>
    </message>
    <message>
        <source>&amp;What was done</source>
        <translation>&amp;Эмне жасалды</translation>
    </message>
</context>
<context>
    <name>PropertyPage</name>
    <message>
        <source>Items</source>
        <translation>Буюмдар</translation>
    </message>
    <message>
        <source>Personal property</source>
        <translation>Жеке буюмдар</translation>
    </message>
    <message>
        <source>Everything taken into storage; the prisoner signs the printed receipt.</source>
        <translation>Сактоого алынган бардык буюмдар; камалган басылып чыккан квитанцияга кол коёт.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Сакталган жери</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Кошуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Add a pay rate</source>
        <translation>Эмгек акы ставкасын кошуу</translation>
    </message>
    <message>
        <source>Pay &amp;band</source>
        <translation>&amp;Разряд</translation>
    </message>
    <message>
        <source>Pa&amp;ys</source>
        <translation>Тө&amp;лөм</translation>
    </message>
    <message>
        <source>&amp;Amount, som</source>
        <translation>С&amp;уммасы, сом</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Баштап</translation>
    </message>
    <message>
        <source>&amp;To (if it ends)</source>
        <translation>Чей&amp;ин (мөөнөтү болсо)</translation>
    </message>
    <message>
        <source>for example 150.50</source>
        <translation>мисалы, 150,50</translation>
    </message>
    <message>
        <source>Type the amount in som, for example 150.50.</source>
        <translation>Сумманы сом менен териңиз, мисалы, 150,50.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason</source>
        <translation>Се&amp;беби</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receive a parcel</source>
        <translation>Посылканы кабыл алуу</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Алуучу</translation>
    </message>
    <message>
        <source>&amp;How it came</source>
        <translation>&amp;Келүү жолу</translation>
    </message>
    <message>
        <source>&amp;Sender</source>
        <translation>&amp;Жөнөтүүчү</translation>
    </message>
    <message>
        <source>Sender's &amp;document</source>
        <translation>Жөнөтүүчүнүн &amp;документи</translation>
    </message>
    <message>
        <source>&amp;Weight, kg</source>
        <translation>&amp;Салмагы, кг</translation>
    </message>
    <message>
        <source>Seal or ta&amp;g</source>
        <translation>Пломба же &amp;белги</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Ичиндегилер</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>The prisoner's name or number, or scan their ID card</source>
        <translation>Соттолгондун аты-жөнү же номери, же анын күбөлүгүн сканерлеңиз</translation>
    </message>
    <message>
        <source>A visitor's name or document number and Enter, or the name on the post</source>
        <translation>Келүүчүнүн аты-жөнү же документинин номери жана Enter, же почта жөнөтмөсүндөгү аты</translation>
    </message>
    <message>
        <source>&amp;Accept the parcel</source>
        <translation>&amp;Посылканы кабыл алуу</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Nobody here by that name or number.</source>
        <translation>Бул жерде мындай аты же номери бар эч ким жок.</translation>
    </message>
    <message>
        <source>No parcel quota is set for this prisoner's regime: ask a supervisor.</source>
        <translation>Бул соттолгондун режими үчүн посылка лимити коюлган эмес: смена башчысына кайрылыңыз.</translation>
    </message>
    <message>
        <source>Left this month: {count} of {all} parcels, {kg} of {all_kg} kg.</source>
        <translation>Бул айда калды: {all} посылкадан {count}, {all_kg} кг салмактан {kg} кг.</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Attendance register</source>
        <translation>Катышуу табели</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Устакана</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Күн</translation>
    </message>
    <message>
        <source>P&amp;art of the day</source>
        <translation>Күндүн бө&amp;лүгү</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>А&amp;чуу</translation>
    </message>
    <message>
        <source>Scan an ID card to mark its holder present…</source>
        <translation>Катышканын белгилөө үчүн күбөлүктү сканерлеңиз…</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Белги</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>С&amp;аат</translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation>&amp;Даана</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Жазуу</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>төлөнөт</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>төлөнбөйт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Белги</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Саат</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Даана</translation>
    </message>
    <message>
        <source>Note, marked by</source>
        <translation>Эскертүү, ким белгиледи</translation>
    </message>
    <message>
        <source>An ID card was scanned into another field: nothing was recorded. Click the scan field and scan again.</source>
        <translation>Күбөлүк башка талаага сканерленди: эч нерсе жазылган жок. Сканерлөө талаасын басып, кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>Choose the workshop and the day.</source>
        <translation>Устакананы жана күндү тандаңыз.</translation>
    </message>
    <message>
        <source>This session has not come yet.</source>
        <translation>Бул смена али келе элек.</translation>
    </message>
    <message>
        <source>Scan each ID card, or choose a row and mark it below.</source>
        <translation>Ар бир күбөлүктү сканерлеңиз же сапты тандап, төмөндө белгилеңиз.</translation>
    </message>
    <message>
        <source>Marked: {marked} of {all}</source>
        <translation>Белгиленди: {all} ичинен {marked}</translation>
    </message>
    <message>
        <source>Present: {name}.</source>
        <translation>Катышты: {name}.</translation>
    </message>
    <message>
        <source>Choose the row to mark.</source>
        <translation>Белгилей турган сапты тандаңыз.</translation>
    </message>
    <message>
        <source>Recorded: {name}, {mark}.</source>
        <translation>Жазылды: {name}, {mark}.</translation>
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
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
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
        <translation>Мекеме</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Prisoner registry</source>
        <translation>Камалгандардын реестри</translation>
    </message>
    <message>
        <source>Name in any script, PIN or prisoner number</source>
        <translation>Каалаган алфавиттеги аты-жөнү, ПИН же камалгандын номери</translation>
    </message>
    <message>
        <source>&amp;New admission…</source>
        <translation>&amp;Жаңы кабыл алуу…</translation>
    </message>
    <message>
        <source>All wings</source>
        <translation>Бардык блоктор</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Бардык мекемелер</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Каалаган статус</translation>
    </message>
    <message>
        <source>Any regime</source>
        <translation>Каалаган режим</translation>
    </message>
    <message>
        <source>Found: {n}</source>
        <translation>Табылды: {n}</translation>
    </message>
    <message>
        <source>Prisoners: {n}</source>
        <translation>Камалгандар: {n}</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>This month</source>
        <translation>Ушул ай</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Өткөн ай</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ушул жума</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Өткөн жума</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Кечээ</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ушул жыл</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Өткөн жыл</translation>
    </message>
    <message>
        <source>Days I choose</source>
        <translation>Тандалган күндөр</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчет:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Мезгил:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Башы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Аягы:</translation>
    </message>
    <message>
        <source>Fac&amp;ility:</source>
        <translation>М&amp;екеме:</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Көрсөтүү</translation>
    </message>
    <message>
        <source>Sto&amp;p (Esc)</source>
        <translation>Токтот&amp;уу (Esc)</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>&amp;PDF сактоо…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Басып &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>All facilities</source>
        <translation>Бардык мекемелер</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Датаны териңиз.</translation>
    </message>
    <message>
        <source>Stopped: nothing is shown.</source>
        <translation>Токтотулду: эч нерсе көрсөтүлгөн жок.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Бул мезгилде көрсөтө турган эч нерсе жок.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n сап.</numerusform>
            <numerusform>%n сап.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Отчетту сактоо</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Отчетту экспорттоо</translation>
    </message>
    <message>
        <source>Saved: {file}.</source>
        <translation>Сакталды: {file}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Files to complete</source>
        <translation>Толуктала турган иштер</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>Ban on visits</source>
        <translation>Жолугушууга тыюу</translation>
    </message>
    <message>
        <source>Closed visits only</source>
        <translation>Жабык жолугушуулар гана</translation>
    </message>
    <message>
        <source>Restrict visits</source>
        <translation>Жолугушууларды чектөө</translation>
    </message>
    <message>
        <source>&amp;Restriction</source>
        <translation>Че&amp;ктөө</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>Се&amp;беп</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Ба&amp;штап</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Чей&amp;ин</translation>
    </message>
    <message>
        <source>Type the day.</source>
        <translation>Күндү жазыңыз.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review of the plan</source>
        <translation>Планды кайра кароо</translation>
    </message>
    <message>
        <source>&amp;How it goes</source>
        <translation>&amp;Абалы кандай</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>&amp;Кийинки кайра кароо</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Language used</source>
        <translation>Түшүндүрүү тили</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Түшүндүрүлдү</translation>
    </message>
    <message>
        <source>Day and hour of admission</source>
        <translation>Келген күнү жана сааты</translation>
    </message>
    <message>
        <source>Rules and rights</source>
        <translation>Эрежелер жана укуктар</translation>
    </message>
    <message>
        <source>The prison rules, the prisoner's rights and how to complain were explained in a language the prisoner understands.</source>
        <translation>Мекеменин ички тартип эрежелери, камалгандын укуктары жана кантип даттануу керектиги камалган түшүнгөн тилде түшүндүрүлдү.</translation>
    </message>
    <message>
        <source>Explained and understood</source>
        <translation>Түшүндүрүлдү жана түшүнүлдү</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Weekday</source>
        <translation>Жуманын күнү</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлмө</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орун</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Бөлмөлөр</translation>
    </message>
    <message>
        <source>New visiting time</source>
        <translation>Жолугушуунун жаңы убактысы</translation>
    </message>
    <message>
        <source>Day without visits</source>
        <translation>Жолугушуусуз күн</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Бөлмөнүн аталышы</translation>
    </message>
    <message>
        <source>From (HH:MM)</source>
        <translation>Баштап (СС:ММ)</translation>
    </message>
    <message>
        <source>To (HH:MM)</source>
        <translation>Чейин (СС:ММ)</translation>
    </message>
    <message>
        <source>Visits at once</source>
        <translation>Бир убакта жолугушуулар</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күчүнө кирет</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Бөлмө кошуу</translation>
    </message>
    <message>
        <source>Add visiting time</source>
        <translation>Убакыт кошуу</translation>
    </message>
    <message>
        <source>Block the day</source>
        <translation>Күндү жабуу</translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>бардык бөлмөлөр</translation>
    </message>
    <message>
        <source>Add a room first.</source>
        <translation>Адегенде бөлмө кошуңуз.</translation>
    </message>
</context>
<context>
    <name>SendBackDialog</name>
    <message>
        <source>Send the assessment back</source>
        <translation>Баалоону оңдоого кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Себеби</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>PrisonDesk — first start</source>
        <translation>PrisonDesk — биринчи ишке киргизүү</translation>
    </message>
    <message>
        <source>This workstation's facility</source>
        <translation>Бул иш ордунун мекемеси</translation>
    </message>
    <message>
        <source>The facility's users and data come from the central server. You need a one-time enrolment code from the server administrator.</source>
        <translation>Мекеменин колдонуучулары жана маалыматтары борбордук серверден келет. Сервер администраторунан бир жолку каттоо коду керек.</translation>
    </message>
    <message>
        <source>Enter the facility as headquarters registered it. Other workstations of the same facility will join it through the central server.</source>
        <translation>Мекемени борбордук аппарат каттагандай киргизиңиз. Ошол эле мекеменин башка иш орундары ага борбордук сервер аркылуу кошулат.</translation>
    </message>
    <message>
        <source>Set &amp;up a new facility (its first workstation)</source>
        <translation>&amp;Жаңы мекеме түзүү (анын биринчи жумуш орду)</translation>
    </message>
    <message>
        <source>&amp;Join an existing facility through the central server</source>
        <translation>Борбордук сервер аркылуу бар мекемеге ко&amp;шулуу</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Сервердин дареги</translation>
    </message>
    <message>
        <source>e.g. https://sync.example.kg:8470</source>
        <translation>мисалы, https://sync.example.kg:8470</translation>
    </message>
    <message>
        <source>&amp;Enrolment code</source>
        <translation>&amp;Каттоо коду</translation>
    </message>
    <message>
        <source>e.g. K7QM-2XHP-9TRD</source>
        <translation>мисалы, K7QM-2XHP-9TRD</translation>
    </message>
    <message>
        <source>Headquarters desk: its first administrator</source>
        <translation>Борбордук аппараттын жумуш орду: биринчи администратор</translation>
    </message>
    <message>
        <source>This desk reads every facility and changes none. This account creates the headquarters viewers who use it. Keep its password safe.</source>
        <translation>Бул жумуш орду бардык мекемелердин маалыматтарын окуйт жана эч нерсени өзгөртпөйт. Бул каттоо жазуусу борбордук аппараттын колдонуучуларын түзөт. Анын сырсөзүн коопсуз сактаңыз.</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>Биринчи администратор</translation>
    </message>
    <message>
        <source>This account creates the other users. Keep its password safe.</source>
        <translation>Бул эсеп башка колдонуучуларды түзөт. Анын сырсөзүн коопсуз сактаңыз.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Facility &amp;code</source>
        <translation>Мекеменин к&amp;оду</translation>
    </message>
    <message>
        <source>e.g. BSH-1</source>
        <translation>мисалы, BSH-1</translation>
    </message>
    <message>
        <source>Facility na&amp;me</source>
        <translation>Мекеменин &amp;аталышы</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>А&amp;ты-жөнү</translation>
    </message>
    <message>
        <source>&amp;Wings (one per line)</source>
        <translation>&amp;Блоктор (ар бир сапка бирден)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Колдонуучунун аты</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Сырсөздү ка&amp;йталаңыз</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Сырсөздөр дал келбейт.</translation>
    </message>
    <message>
        <source>Joining… the facility's users and data are being fetched; this can take a while.</source>
        <translation>Кошулууда… мекеменин колдонуучулары жана маалыматтары жүктөлүүдө; бул бир аз убакыт алышы мүмкүн.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Headquarters (all facilities)</source>
        <translation>Борбордук аппарат (бардык мекемелер)</translation>
    </message>
</context>
<context>
    <name>ShellStatusBar</name>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Колдонуучу: {name} ({role})</translation>
    </message>
    <message>
        <source>Facility: {name}</source>
        <translation>Мекеме: {name}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Шайкештирүү</translation>
    </message>
    <message>
        <source>Sync: …</source>
        <translation>Шайкештирүү: …</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>Шайкештирүү: орнотула элек</translation>
    </message>
    <message>
        <source>Sync: in progress…</source>
        <translation>Шайкештирүү: жүрүүдө…</translation>
    </message>
    <message>
        <source>Sync failed; last success: {when}</source>
        <translation>Шайкештирүү ишке ашкан жок; акыркы ийгиликтүүсү: {when}</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Шайкештирилди {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n өзгөртүү жөнөтүүнү күтүүдө</numerusform>
            <numerusform>%n өзгөртүү жөнөтүүнү күтүүдө</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n өзгөртүү четке кагылды</numerusform>
            <numerusform>%n өзгөртүү четке кагылды</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>First assessment</source>
        <translation>Алгачкы баалоо</translation>
    </message>
    <message>
        <source>Reassessment</source>
        <translation>Кайра баалоо</translation>
    </message>
    <message>
        <source>&amp;Instrument</source>
        <translation>&amp;Инструмент</translation>
    </message>
    <message>
        <source>&amp;Why now</source>
        <translation>&amp;Себеби</translation>
    </message>
    <message>
        <source>In wor&amp;ds</source>
        <translation>&amp;Түшүндүрмө</translation>
    </message>
    <message>
        <source>{title}, version {version}</source>
        <translation>{title}, {version}-версия</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>A supervisor accepts the parcel</source>
        <translation>Посылканы смена башчысы кабыл алат</translation>
    </message>
    <message>
        <source>Supervisor's &amp;username</source>
        <translation>Смена башчысынын &amp;колдонуучу аты</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Reason for accepting it</source>
        <translation>Кабыл алуунун &amp;негизи</translation>
    </message>
    <message>
        <source>That was a scan, not a password: type the supervisor's password.</source>
        <translation>Бул сырсөз эмес, сканерлөө болду: смена башчысынын сырсөзүн териңиз.</translation>
    </message>
    <message>
        <source>Say why the parcel is accepted over the quota.</source>
        <translation>Посылка эмне үчүн лимиттен ашык кабыл алынып жатканын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>Only a supervisor of this facility may accept it.</source>
        <translation>Аны ушул мекеменин смена башчысы гана кабыл ала алат.</translation>
    </message>
</context>
<context>
    <name>SyncReviewDialog</name>
    <message>
        <source>Sync conflicts and rejected changes</source>
        <translation>Шайкештирүүдөгү карама-каршылыктар жана четке кагылган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Карама-каршылыктар</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Четке кагылган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>&amp;Keep the value shown everywhere</source>
        <translation>Бардык жерде көрүнгөн маанини &amp;калтыруу</translation>
    </message>
    <message>
        <source>&amp;Switch to the other value</source>
        <translation>Башка мааниге &amp;алмаштыруу</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Табылды</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Калтырылган маани</translation>
    </message>
    <message>
        <source>Written by, at</source>
        <translation>Ким жана качан жазды</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Башка маани</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Чечим</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Жасалган убакыт</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгөртүү</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Маанилер</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>калтырылды</translation>
    </message>
    <message>
        <source>switched</source>
        <translation>алмаштырылды</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>чечим күтүүдө</translation>
    </message>
    <message>
        <source>belongs to another facility</source>
        <translation>башка мекемеге таандык</translation>
    </message>
    <message>
        <source>not known to the server (update it)</source>
        <translation>серверге белгисиз (серверди жаңыртыңыз)</translation>
    </message>
    <message>
        <source>the record is not on the server</source>
        <translation>жазуу серверде жок</translation>
    </message>
    <message>
        <source>a recorded fact cannot be changed</source>
        <translation>жазылган фактыны өзгөртүүгө болбойт</translation>
    </message>
    <message>
        <source>an invalid value</source>
        <translation>жараксыз маани</translation>
    </message>
    <message>
        <source>a value another record already holds</source>
        <translation>бул маани башка жазууда бар</translation>
    </message>
    <message>
        <source>came from the server but cannot be stored here</source>
        <translation>серверден келди, бирок бул жерде сакталбайт</translation>
    </message>
    <message>
        <source>made by an older version</source>
        <translation>эски версия менен жасалган</translation>
    </message>
    <message>
        <source>not allowed from a workstation</source>
        <translation>жумуш ордунан уруксат жок</translation>
    </message>
    <message>
        <source>too large to send</source>
        <translation>жөнөтүү үчүн өтө чоң</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>&amp;Write a case note…</source>
        <translation>Жеке ишке &amp;жазуу кошуу…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Мазмуну</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Азырынча эч нерсе жазылган жок.</translation>
    </message>
    <message>
        <source>Assessment: {step}</source>
        <translation>Баалоо: {step}</translation>
    </message>
    <message>
        <source>Classified: {security}</source>
        <translation>Классификация: {security}</translation>
    </message>
    <message>
        <source>Plan reviewed</source>
        <translation>План кайра каралды</translation>
    </message>
    <message>
        <source>The note is recorded.</source>
        <translation>Жазуу сакталды.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>Attendance over the last %n days</source>
        <translation>
            <numerusform>Акыркы %n күндөгү катышуу</numerusform>
            <numerusform>Акыркы %n күндөгү катышуу</numerusform>
        </translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Устакана</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Excused, paid</source>
        <translation>Себептүү, төлөнөт</translation>
    </message>
    <message>
        <source>Missed, unpaid</source>
        <translation>Төлөнбөгөн калтыруу</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Белгиленген эмес</translation>
    </message>
    <message>
        <source>Sessions of today, {day}</source>
        <translation>Бүгүнкү сменалар, {day}</translation>
    </message>
    <message>
        <source>Choose a session and press Enter to open its register.</source>
        <translation>Сменаны тандап, анын катышуу табелин ачуу үчүн Enter баскычын басыңыз.</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Бүгүн смена жок.</translation>
    </message>
    <message>
        <source>{workshop} — {part}: {allocated} of {capacity} places</source>
        <translation>{workshop} — {part}: {capacity} орундан {allocated} ээленген</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Жаңы колдонуучу</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Колдонуучуну өзгөртүү</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>Эсеп иштейт</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Убактылуу сырсөз</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Бөгөттөлгөн</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Сырсөздү өзгөртүшү керек</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Administration</source>
        <translation>Администрациялоо</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>Ролдор жана укуктар</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Бул иш орду</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Жолугушуулар</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Берүүлөр</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Устаканалар</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Баалоо</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Камдык көчүрмөлөр</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Жаңы колдонуучу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгөртүү…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Сы&amp;рсөздү жаңылоо…</translation>
    </message>
    <message>
        <source>Unl&amp;ock</source>
        <translation>&amp;Бөгөттөн чыгаруу</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Адегенде колдонуучуну тандаңыз.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сырсөздү жаңылоо</translation>
    </message>
    <message>
        <source>Temporary password for {name} (to be changed at the next login):</source>
        <translation>{name} үчүн убактылуу сырсөз (кийинки кирүүдө өзгөртүлөт):</translation>
    </message>
    <message>
        <source>The password of {name} was reset.</source>
        <translation>{name} колдонуучусунун сырсөзү жаңыланды.</translation>
    </message>
    <message>
        <source>{name} was unlocked.</source>
        <translation>{name} бөгөттөн чыгарылды.</translation>
    </message>
</context>
<context>
    <name>VisitSettingsTab</name>
    <message>
        <source>Visits a prisoner may receive in a calendar month, by regime, and the size of a visiting party. The values shipped are examples: set your facility's own. Lawyer and official visits are not counted.</source>
        <translation>Соттолгон календардык айда режимге жараша канча жолугушуу ала алат жана бир жолугушууга канча адам келе алат. Берилген маанилер — мисалдар: мекемеңиздин маанилерин коюңуз. Адвокат менен жана расмий жолугушуулар эсептелбейт.</translation>
    </message>
    <message>
        <source>Short visits</source>
        <translation>Кыска мөөнөттүү</translation>
    </message>
    <message>
        <source>Long visits</source>
        <translation>Узак мөөнөттүү</translation>
    </message>
    <message>
        <source>People at one visit</source>
        <translation>Бир жолугушуудагы адамдар</translation>
    </message>
    <message>
        <source>of them adults, at most</source>
        <translation>анын ичинде чоңдор, эң көп</translation>
    </message>
    <message>
        <source>of them children, at most</source>
        <translation>анын ичинде балдар, эң көп</translation>
    </message>
    <message>
        <source>Children may visit without an adult (an adult: {age} or older on the day of the visit)</source>
        <translation>Балдар жолугушууга чоңдорсуз келе алышат (чоң киши — жолугушуу күнү {age} жаш жана андан улуу)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Saved. New bookings follow these figures.</source>
        <translation>Сакталды. Жаңы жазуулар ушул маанилерди эске алат.</translation>
    </message>
</context>
<context>
    <name>VisitorDialog</name>
    <message>
        <source>Add a visitor</source>
        <translation>Келүүчү кошуу</translation>
    </message>
    <message>
        <source>&amp;Surname</source>
        <translation>&amp;Фамилиясы</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <source>&amp;Patronymic</source>
        <translation>Ата&amp;сынын аты</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Туулган &amp;күнү</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Документ</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>Документтин &amp;номери</translation>
    </message>
    <message>
        <source>Issued by (&amp;country)</source>
        <translation>Ким берген (&amp;өлкө)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Дар&amp;еги</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>Туу&amp;гандыгы</translation>
    </message>
    <message>
        <source>Use the registered person</source>
        <translation>Катталган адамды алуу</translation>
    </message>
    <message>
        <source>Ph&amp;oto…</source>
        <translation>Сү&amp;рөт…</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Сүрөт тандаңыз</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>Сүрөттөр (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Файл окулбайт.</translation>
    </message>
</context>
<context>
    <name>VisitorRegistry</name>
    <message>
        <source>came</source>
        <translation>келди</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>жазылган</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>жокко чыгарылган</translation>
    </message>
</context>
<context>
    <name>VisitorRegistryPage</name>
    <message>
        <source>Visitor's name (any script) or document number</source>
        <translation>Келүүчүнүн аты-жөнү (каалаган алфавит менен) же документтин номери</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Келүүчү</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туулган күнү</translation>
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
        <translation>Ушул соттолгондорго келет</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Тууганчылыгы</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <source>Restrictions in force or ahead</source>
        <translation>Күчүндөгү жана алдыдагы чектөөлөр</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Чектөө</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеби</translation>
    </message>
    <message>
        <source>Latest visits</source>
        <translation>Акыркы жолугушуулар</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Уруксат кагазы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>&amp;Restrict this visitor…</source>
        <translation>&amp;Бул келүүчүнү чектөө…</translation>
    </message>
    <message>
        <source>Nobody found</source>
        <translation>Эч ким табылган жок</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) found</source>
        <translation>
            <numerusform>%n келүүчү табылды</numerusform>
            <numerusform>%n келүүчү табылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a visitor and choose them in the list.</source>
        <translation>Келүүчүнү таап, тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>туулган күнү {day}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>until lifted</source>
        <translation>жокко чыгарылганга чейин</translation>
    </message>
</context>
<context>
    <name>VisitorsTab</name>
    <message>
        <source>Visitor</source>
        <translation>Келүүчү</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Туугандыгы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <source>&amp;Add visitor…</source>
        <translation>Келүүчү к&amp;ошуу…</translation>
    </message>
    <message>
        <source>Appr&amp;ove</source>
        <translation>Беки&amp;түү</translation>
    </message>
    <message>
        <source>Re&amp;strict…</source>
        <translation>&amp;Чектөө…</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>Жолугушууну жокко ч&amp;ыгаруу</translation>
    </message>
    <message>
        <source>&amp;Book a visit…</source>
        <translation>Жолугушууга &amp;жазуу…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Уруксат кагазы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Visits booked</source>
        <translation>Жазылган жолугушуулар</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ооба</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>күтүүдө</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Gate</source>
        <translation>Өткөрүү пункту</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Келүүчүлөр</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ырааттама</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Change the workshop</source>
        <translation>Устакананы өзгөртүү</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Жаңы устакана</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Аталышы</translation>
    </message>
    <message>
        <source>&amp;Enterprise</source>
        <translation>Иш&amp;кана</translation>
    </message>
    <message>
        <source>&amp;Capacity, people</source>
        <translation>Сыйымдуу&amp;лугу, адам</translation>
    </message>
    <message>
        <source>Half-day session, &amp;length in hours</source>
        <translation>Жарым күндүк сабактын у&amp;зактыгы, саат</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Эскертүү</translation>
    </message>
    <message>
        <source>&amp;Instructors</source>
        <translation>&amp;Инструкторлор</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Жумалык сменалар</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>&amp;Дүйшөмбү</translation>
    </message>
    <message>
        <source>&amp;Tuesday</source>
        <translation>&amp;Шейшемби</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>Ша&amp;ршемби</translation>
    </message>
    <message>
        <source>T&amp;hursday</source>
        <translation>&amp;Бейшемби</translation>
    </message>
    <message>
        <source>&amp;Friday</source>
        <translation>Ж&amp;ума</translation>
    </message>
    <message>
        <source>S&amp;aturday</source>
        <translation>Иш&amp;емби</translation>
    </message>
    <message>
        <source>S&amp;unday</source>
        <translation>&amp;Жекшемби</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Смена жок</translation>
    </message>
    <message>
        <source>Morning and afternoon</source>
        <translation>Түшкө чейин жана түштөн кийин</translation>
    </message>
</context>
<context>
    <name>WorkshopSettingsTab</name>
    <message>
        <source>Part of each wage &amp;held until release</source>
        <translation>&amp;Ар бир эмгек акынын бошотулганга чейин сакталуучу бөлүгү</translation>
    </message>
    <message>
        <source>Sa&amp;ve the pay rule</source>
        <translation>Төлөм эрежесин сакт&amp;оо</translation>
    </message>
    <message>
        <source>Of each wage posted to a deposit account, this share is set aside and paid on release (Rule 103 of the Nelson Mandela Rules); the rest may be spent.</source>
        <translation>Депозиттик эсепке которулган ар бир эмгек акынын бул үлүшү четке коюлуп, бошотулганда төлөнөт (Нельсон Манделанын эрежелеринин 103-эрежеси); калганын сарптоого болот.</translation>
    </message>
    <message>
        <source>The value shown is an example: set your facility's own.</source>
        <translation>Көрсөтүлгөн маани — мисал: мекемеңиздин өз маанисин коюңуз.</translation>
    </message>
    <message>
        <source>Saved. Pay periods computed from now split so.</source>
        <translation>Сакталды. Мындан ары эсептелген мезгилдер ушундай бөлүштүрүлөт.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Катышуу табели</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Устаканалар</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Эмгек акы</translation>
    </message>
</context>
<context>
    <name>WorkshopsTab</name>
    <message>
        <source>Workshop</source>
        <translation>Устакана</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяктоо себеби</translation>
    </message>
    <message>
        <source>Waiting list of</source>
        <translation>Устакананын күтүү тизмеси</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Кошулган күнү</translation>
    </message>
    <message>
        <source>Print the &amp;statement</source>
        <translation>&amp;Эсеп көчүрмөсүн басып чыгаруу</translation>
    </message>
    <message>
        <source>Print the certi&amp;ficate</source>
        <translation>Бүтү&amp;рүү күбөлүгүн басып чыгаруу</translation>
    </message>
    <message>
        <source>Pay &amp;out the deposit…</source>
        <translation>Деп&amp;озитти төлөө…</translation>
    </message>
    <message>
        <source>Print the card sheet a&amp;gain</source>
        <translation>Карта барак&amp;часын кайра басуу</translation>
    </message>
    <message>
        <source>Deposit: {total} ({spendable} spendable, {held} held until release)</source>
        <translation>Депозит: {total} (учурдагы чыгымдарга {spendable}, бошотулганга чейин {held})</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Депозит</translation>
    </message>
    <message>
        <source>The prisoner's deposit holds {total}. Pay it out onto the deposit card now?</source>
        <translation>Соттолгондун депозитинде {total} бар. Аны азыр депозиттик картага төлөп беребизби?</translation>
    </message>
</context>
<context>
    <name>WorkstationTab</name>
    <message>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>Иштебей турганда канча мүнөттөн кийин бөгөттөө (0 — эч качан)</translation>
    </message>
    <message>
        <source>Key that locks at once</source>
        <translation>Дароо бөгөттөөчү баскыч</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Борбордук сервер</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Сервердин &amp;дареги</translation>
    </message>
    <message>
        <source>Enrolment &amp;code</source>
        <translation>&amp;Каттоо коду</translation>
    </message>
    <message>
        <source>e.g. https://sync.example.kg:8470</source>
        <translation>мисалы, https://sync.example.kg:8470</translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation</source>
        <translation>&amp;Бул жумуш ордун каттоо</translation>
    </message>
    <message>
        <source>Enrolled with {server}. Enrol again only if the server asks for it.</source>
        <translation>{server} серверинде катталган. Сервер талап кылганда гана кайра каттаңыз.</translation>
    </message>
    <message>
        <source>Not enrolled: this workstation works alone. Enter the server address and a one-time code from the server administrator to sync with the others.</source>
        <translation>Катталган эмес: бул жумуш орду өз алдынча иштейт. Башкалар менен шайкештирүү үчүн сервердин дарегин жана сервер администраторунан алынган бир жолку кодду киргизиңиз.</translation>
    </message>
    <message>
        <source>Saved. The new settings apply now.</source>
        <translation>Сакталды. Жаңы жөндөөлөр азыр иштейт.</translation>
    </message>
</context>
<context>
    <name>assessments</name>
    <message>
        <source>Workshop place</source>
        <translation>Устаканадагы орун</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Билим алуу</translation>
    </message>
    <message>
        <source>Sessions with a psychologist</source>
        <translation>Психолог менен жолугушуулар</translation>
    </message>
    <message>
        <source>Family contact and visits</source>
        <translation>Үй-бүлө менен байланыш жана жолугушуулар</translation>
    </message>
    <message>
        <source>Substance use programme or psychologist</source>
        <translation>Көз карандылык боюнча программа же психолог</translation>
    </message>
    <message>
        <source>Release preparation (documents, housing)</source>
        <translation>Бошотулууга даярдоо (документтер, турак жай)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Бекитүүнү күтүүдө</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилди</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Оңдоого кайтарылды</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Башталды</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Бекитүүгө тапшырылды</translation>
    </message>
    <message>
        <source>Review date changed</source>
        <translation>Кайра кароо күнү өзгөртүлдү</translation>
    </message>
    <message>
        <source>First assessment</source>
        <translation>Алгачкы баалоо</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Кайра кароо мөөнөтү келди</translation>
    </message>
    <message>
        <source>After an incident</source>
        <translation>Окуядан кийин</translation>
    </message>
    <message>
        <source>Change in risk</source>
        <translation>Тобокелдиктин өзгөрүшү</translation>
    </message>
    <message>
        <source>After a transfer</source>
        <translation>Которулгандан кийин</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Башка себеп</translation>
    </message>
    <message>
        <source>Low security</source>
        <translation>Коопсуздуктун төмөн деңгээли</translation>
    </message>
    <message>
        <source>Medium security</source>
        <translation>Коопсуздуктун орточо деңгээли</translation>
    </message>
    <message>
        <source>High security</source>
        <translation>Коопсуздуктун жогорку деңгээли</translation>
    </message>
    <message>
        <source>Lightened conditions</source>
        <translation>Жеңилдетилген шарттар</translation>
    </message>
    <message>
        <source>Ordinary conditions</source>
        <translation>Кадимки шарттар</translation>
    </message>
    <message>
        <source>Strict conditions</source>
        <translation>Катаал шарттар</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландаштырылды</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Аткарылууда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Оң байкоо</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Тынчсызданууга себеп</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Окуя</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Үй-бүлө</translation>
    </message>
    <message>
        <source>Health referral</source>
        <translation>Медкызматка жолдомо</translation>
    </message>
    <message>
        <source>Everyone who reads the file</source>
        <translation>Жеке ишти окуй алгандардын баары</translation>
    </message>
    <message>
        <source>Social workers, psychologists and supervisors only</source>
        <translation>Социалдык кызматкерлер, психологдор жана отряд башчылары гана</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Daily</source>
        <translation>Күнүмдүк</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Кол менен жасалган</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Калыбына келтирүүнүн алдында</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Жаңыртуунун алдында</translation>
    </message>
    <message>
        <source>Other copy</source>
        <translation>Башка көчүрмө</translation>
    </message>
    <message>
        <source>{folder} cannot be written: it is read-only (a USB stick with its lock switch on?). Choose another folder; no backup was made.</source>
        <translation>{folder} папкасына жазууга болбойт: ал окуу үчүн гана (флешкада жазуудан коргоо күйгүзүлгөнбү?). Башка папка тандаңыз; көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>There is no room for the backup in {folder}. Free some space or choose another folder; no backup was made.</source>
        <translation>{folder} папкасында камдык көчүрмө үчүн орун жок. Орун бошотуңуз же башка папка тандаңыз; көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>The backup cannot be written to {folder} ({reason}); no backup was made.</source>
        <translation>Камдык көчүрмөнү {folder} папкасына жазуу мүмкүн болгон жок ({reason}); көчүрмө жасалган жок.</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the data folder {folder}: it is read-only. Nothing will be restored.</source>
        <translation>Камдык көчүрмөнү {folder} маалымат папкасына көчүрүүгө болбойт: ал окуу үчүн гана. Эч нерсе калыбына келтирилбейт.</translation>
    </message>
    <message>
        <source>There is no room in the data folder {folder} for a copy of the backup. Free some space; nothing will be restored.</source>
        <translation>{folder} маалымат папкасында камдык көчүрмөнү көчүрүү үчүн орун жок. Орун бошотуңуз; эч нерсе калыбына келтирилбейт.</translation>
    </message>
    <message>
        <source>The backup cannot be copied into the data folder {folder} ({reason}). Nothing will be restored.</source>
        <translation>Камдык көчүрмөнү {folder} маалымат папкасына көчүрүүгө болбойт ({reason}). Эч нерсе калыбына келтирилбейт.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>{file} файлы жок.</translation>
    </message>
    <message>
        <source>{file} is not a sound PrisonDesk backup ({fault}). Nothing was restored.</source>
        <translation>{file} — бузулбаган PrisonDesk камдык көчүрмөсү эмес ({fault}). Эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>{file} is not a PrisonDesk database. Nothing was restored.</source>
        <translation>{file} — PrisonDesk маалымат базасы эмес. Эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of PrisonDesk (schema {revision}): this version cannot restore it. Nothing was restored.</source>
        <translation>{file} PrisonDesk'тин жаңыраак версиясында жасалган ({revision} схемасы): бул версия аны калыбына келтире албайт. Эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>{file} is a backup of a headquarters desk and this is a facility's desk, or the other way round. Nothing was restored.</source>
        <translation>{file} — башкармалыктын иш ордунун көчүрмөсү, ал эми бул мекеменин иш орду, же тескерисинче. Эч нерсе калыбына келтирилген жок.</translation>
    </message>
    <message>
        <source>{file} is a backup of facility {theirs}; this desk serves facility {ours}. Nothing was restored.</source>
        <translation>{file} — {theirs} мекемесинин камдык көчүрмөсү; бул иш орду {ours} мекемесине кызмат кылат. Эч нерсе калыбына келтирилген жок.</translation>
    </message>
</context>
<context>
    <name>compliance</name>
    <message>
        <source>no injury examination</source>
        <translation>дене жаракаттарына текшерүү жок</translation>
    </message>
    <message>
        <source>no family contact</source>
        <translation>үй-бүлө байланышы жок</translation>
    </message>
    <message>
        <source>rights not explained</source>
        <translation>укуктар түшүндүрүлгөн эмес</translation>
    </message>
    <message>
        <source>no regime or wing</source>
        <translation>режим же блок жок</translation>
    </message>
    <message>
        <source>admission left as a draft</source>
        <translation>кабыл алуу долбоор бойдон калды</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. The details were written to the log file; please tell support.</source>
        <translation>Бир нерсе туура эмес болуп, аракет аткарылган жок. Чоо-жайы журналга жазылды; колдоо кызматына кабарлаңыз.</translation>
    </message>
    <message>
        <source>PrisonDesk</source>
        <translation>PrisonDesk</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for {minutes} more minutes. An administrator can unlock it now.</source>
        <translation>Туура эмес сырсөз өтө көп терилди: эсеп дагы {minutes} мүнөткө бөгөттөлдү. Администратор аны азыр бөгөттөн чыгара алат.</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account is disabled.</source>
        <translation>Колдонуучунун аты же сырсөз туура эмес, же эсеп өчүрүлгөн.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Бул колдонуучу жок.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Учурдагы сырсөз туура эмес.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Жаңы сырсөз учурдагыдан башка болушу керек.</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>Белгисиз тил.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 Latin letters, digits, dots, dashes or underscores, starting with a letter or digit.</source>
        <translation>Колдонуучунун аты 3төн 32ге чейин латын тамгасынан, сандан, чекиттен, сызыкчадан же астынкы сызыктан турат жана тамга же сан менен башталат.</translation>
    </message>
    <message>
        <source>A headquarters desk has administrators and headquarters viewers only.</source>
        <translation>Борбордук аппараттын жумуш ордунда администраторлор жана борбордук аппараттын колдонуучулары (көрүү) гана болот.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Белгисиз рол.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>{username} деген колдонуучу аты бош эмес.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Өз эсебиңизди өчүрө албайсыз.</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>Жок дегенде бир активдүү администратор калышы керек.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Сырсөздө жок дегенде {n} белги болушу керек.</translation>
    </message>
    <message>
        <source>The password must have at most {n} characters.</source>
        <translation>Сырсөздө эң көп {n} белги болушу керек.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Сырсөз колдонуучунун атына окшош болбошу керек.</translation>
    </message>
    <message>
        <source>The password must mix letters with digits or signs.</source>
        <translation>Сырсөздө тамгалар сандар же белгилер менен аралаш болушу керек.</translation>
    </message>
    <message>
        <source>Enter at least one wing.</source>
        <translation>Жок дегенде бир блок киргизиңиз.</translation>
    </message>
    <message>
        <source>At most {n} wings.</source>
        <translation>Эң көп {n} блок.</translation>
    </message>
    <message>
        <source>Each wing name must be different.</source>
        <translation>Блоктордун аталыштары кайталанбашы керек.</translation>
    </message>
    <message>
        <source>A facility code has 2 to 16 Latin capitals, digits or dashes, e.g. BSH-1.</source>
        <translation>Мекеменин коду 2ден 16га чейин латын баш тамгасынан, сандан же сызыкчадан турат, мисалы BSH-1.</translation>
    </message>
    <message>
        <source>This workstation is already set up.</source>
        <translation>Бул иш орду мурунтан эле орнотулган.</translation>
    </message>
    <message>
        <source>This PIN belongs to {name}, prisoner {number}, already registered. Open that file instead of creating a second one.</source>
        <translation>Бул ПИН мурунтан эле катталган камалганга таандык: {name}, номери {number}. Экинчи жеке ишти түзбөй, ошол ишти ачыңыз.</translation>
    </message>
    <message>
        <source>The admission cannot be completed yet: {missing} missing.</source>
        <translation>Кабыл алууну азырынча аяктоого болбойт, жетишпейт: {missing}.</translation>
    </message>
    <message>
        <source>This prisoner's file no longer exists.</source>
        <translation>Бул камалгандын жеке иши мындан ары жок.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Жынысын тандаңыз.</translation>
    </message>
    <message>
        <source>This workstation has no facility.</source>
        <translation>Бул иш орду эч бир мекемеге байланган эмес.</translation>
    </message>
    <message>
        <source>This prisoner has left the facility: the file is closed and can no longer be changed here.</source>
        <translation>Камалган мекемеден кеткен: жеке иш жабылган жана бул жерде мындан ары өзгөртүлбөйт.</translation>
    </message>
    <message>
        <source>Choose remand or convicted.</source>
        <translation>Тандаңыз: камакта же соттолгон.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Бул талаа милдеттүү.</translation>
    </message>
    <message>
        <source>A convicted prisoner needs the sentence start and length.</source>
        <translation>Соттолгон үчүн жаза мөөнөтүнүн башталышын жана узактыгын көрсөтүү керек.</translation>
    </message>
    <message>
        <source>The release date comes before the date of birth.</source>
        <translation>Бошотуу датасы туулган күндөн мурун болуп жатат.</translation>
    </message>
    <message>
        <source>Choose the regime.</source>
        <translation>Режимди тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a wing of this facility.</source>
        <translation>Бул мекеменин блогун тандаңыз.</translation>
    </message>
    <message>
        <source>Record a move to change the wing or cell of an admitted prisoner.</source>
        <translation>Кабыл алынган камалгандын блогун же камерасын өзгөртүү үчүн которууну жазыңыз.</translation>
    </message>
    <message>
        <source>Explain the rights in a language the prisoner understands (add it to the languages first).</source>
        <translation>Укуктарды камалган түшүнгөн тилде түшүндүрүңүз (адегенде ал тилди тилдердин тизмесине кошуңуз).</translation>
    </message>
    <message>
        <source>This admission is already complete.</source>
        <translation>Бул кабыл алуу мурунтан эле аяктаган.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Бул дата али келе элек.</translation>
    </message>
    <message>
        <source>This field contains control characters.</source>
        <translation>Бул талаада башкаруучу белгилер бар.</translation>
    </message>
    <message>
        <source>This field is limited to {n} characters.</source>
        <translation>Бул талаа {n} белги менен чектелет.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this action.</source>
        <translation>Сиздин ролуңуз ({role}) бул аракетке уруксат бербейт.</translation>
    </message>
    <message>
        <source>Your account was disabled or removed. Log in again.</source>
        <translation>Сиздин эсебиңиз өчүрүлгөн же өчүрүлүп салынган. Кайра кириңиз.</translation>
    </message>
    <message>
        <source>Change your temporary password first.</source>
        <translation>Адегенде убактылуу сырсөздү өзгөртүңүз.</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database or the demo facility, never into {code}.</source>
        <translation>Демо маалыматтар бош базага же демо мекемеге гана жазылат, {code} мекемесине эч качан.</translation>
    </message>
    <message>
        <source>Idle lock takes 0 (never) to {n} minutes.</source>
        <translation>Иштебей турганда бөгөттөө 0дөн (эч качан) {n} мүнөткө чейин.</translation>
    </message>
    <message>
        <source>The lock key must be one combination with Ctrl, Alt or Shift, or a function key (F1–F12), so that typing never locks by accident.</source>
        <translation>Бөгөттөө баскычы Ctrl, Alt же Shift менен бир айкалыш же функциялык баскыч (F1–F12) болушу керек, ошондо текст терүү кокустан бөгөттөбөйт.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB).</source>
        <translation>Сүрөт өтө чоң (эң көп {mb} МБ).</translation>
    </message>
    <message>
        <source>The photo has too many pixels.</source>
        <translation>Сүрөттө пикселдер өтө көп.</translation>
    </message>
    <message>
        <source>This file is not a photo (JPEG, PNG, BMP…).</source>
        <translation>Бул файл сүрөт эмес (JPEG, PNG, BMP…).</translation>
    </message>
    <message>
        <source>The prisoner is at court: record the return first (or a release or transfer the court ordered).</source>
        <translation>Камалган сотто: адегенде кайтып келгенин жазыңыз (же соттун чечими менен бошотууну же которууну).</translation>
    </message>
    <message>
        <source>The prisoner is not at court: there is nothing to come back from.</source>
        <translation>Камалган сотто эмес: кайтып келе турган жер жок.</translation>
    </message>
    <message>
        <source>The prisoner is on the way here: record the arrival first.</source>
        <translation>Камалуучу бизге жолдо: адегенде келгенин белгилеңиз.</translation>
    </message>
    <message>
        <source>A movement cannot come before the previous one ({previous}).</source>
        <translation>Которуу мурункусунан ({previous}) эрте боло албайт.</translation>
    </message>
    <message>
        <source>Unknown kind of movement.</source>
        <translation>Которуунун белгисиз түрү.</translation>
    </message>
    <message>
        <source>This prisoner is not in the facility.</source>
        <translation>Бул камалган мекемеде жок.</translation>
    </message>
    <message>
        <source>Choose where the prisoner goes: a facility of the list or another.</source>
        <translation>Камалуучу кайда которуларын тандаңыз: тизмедеги мекеме же башка.</translation>
    </message>
    <message>
        <source>Choose another facility from the list.</source>
        <translation>Тизмеден башка мекемени тандаңыз.</translation>
    </message>
    <message>
        <source>Hand back every stored item before release: {items}.</source>
        <translation>Бошотуудан мурун сакталган бардык буюмдарды кайтарып бериңиз: {items}.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Атта тамгалар болушу керек.</translation>
    </message>
    <message>
        <source>“{word}” mixes Latin and Cyrillic letters: retype it in one alphabet.</source>
        <translation>«{word}» сөзүндө латын жана кирилл тамгалары аралашып калган: аны бир алфавитте кайра териңиз.</translation>
    </message>
    <message>
        <source>Age {age} is not possible for a prisoner ({low}–{high}).</source>
        <translation>{age} жаш камалган үчүн мүмкүн эмес ({low}–{high}).</translation>
    </message>
    <message>
        <source>A PIN has 14 digits: the first is 1 or 2, the next eight the date of birth.</source>
        <translation>ПИН 14 сандан турат: биринчиси 1 же 2, кийинки сегизи — туулган күнү.</translation>
    </message>
    <message>
        <source>Enter a number from {low} to {high}.</source>
        <translation>{low}–{high} аралыгындагы санды киргизиңиз.</translation>
    </message>
    <message>
        <source>Choose why no contact is listed.</source>
        <translation>Байланыш эмне үчүн көрсөтүлбөгөнүн тандаңыз.</translation>
    </message>
    <message>
        <source>Contacts are listed: remove them, or say that the family is known.</source>
        <translation>Байланыштар көрсөтүлгөн: аларды өчүрүңүз же үй-бүлө белгилүү экенин белгилеңиз.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://sync.example.kg:8470.</source>
        <translation>Сервердин дарегин киргизиңиз, мисалы https://sync.example.kg:8470.</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Каттоо кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>Log in as an administrator to enrol this workstation.</source>
        <translation>Бул жумуш ордун каттоо үчүн администратор катары кириңиз.</translation>
    </message>
    <message>
        <source>This code is for a headquarters desk, and this workstation serves a facility: ask for a code of the facility.</source>
        <translation>Бул код борбордук аппараттын жумуш орду үчүн, ал эми бул жумуш орду мекемени тейлейт: мекеменин кодун сураңыз.</translation>
    </message>
    <message>
        <source>This is a headquarters desk: enrol it with a headquarters code.</source>
        <translation>Бул борбордук аппараттын жумуш орду: аны борбордук аппараттын коду менен каттаңыз.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled with a server yet (Administration).</source>
        <translation>Бул жумуш орду серверде азырынча катталган эмес (Администрациялоо).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Work goes on here; changes are sent later.</source>
        <translation>Серверге туташуу мүмкүн эмес. Иш бул жерде уланат; өзгөртүүлөр кийин жөнөтүлөт.</translation>
    </message>
    <message>
        <source>The enrolment code is unknown, used or expired: ask for a new one.</source>
        <translation>Каттоо коду белгисиз, колдонулган же мөөнөтү өткөн: жаңысын сураңыз.</translation>
    </message>
    <message>
        <source>The server no longer accepts this workstation: enrol it again with a new code.</source>
        <translation>Сервер бул жумуш ордун мындан ары кабыл албайт: аны жаңы код менен кайра каттаңыз.</translation>
    </message>
    <message>
        <source>The server runs a newer PrisonDesk: update this workstation, then sync.</source>
        <translation>Серверде PrisonDesk жаңыраак версиясы: бул жумуш ордун жаңыртып, андан соң шайкештириңиз.</translation>
    </message>
    <message>
        <source>The server runs an older PrisonDesk: ask for the server to be updated.</source>
        <translation>Серверде PrisonDesk эскирээк версиясы: серверди жаңыртууну сураңыз.</translation>
    </message>
    <message>
        <source>The enrolment code is for another facility than this workstation's.</source>
        <translation>Каттоо коду бул жумуш ордунун мекемесине эмес, башка мекемеге берилген.</translation>
    </message>
    <message>
        <source>This facility already has data from another workstation. Set this workstation up again and choose to join the existing facility.</source>
        <translation>Бул мекемеде башка жумуш ордунан келген маалыматтар бар. Бул жумуш ордун кайра орнотуп, бар мекемеге кошулууну тандаңыз.</translation>
    </message>
    <message>
        <source>This workstation is already enrolled: ask for it to be revoked on the server first.</source>
        <translation>Бул жумуш орду мурда катталган: адегенде аны серверде жокко чыгарууну сураңыз.</translation>
    </message>
    <message>
        <source>No workstation of this facility has synced yet: set up the first one with its own administrator.</source>
        <translation>Бул мекеменин бир да жумуш орду азырынча шайкештирилген эмес: биринчисин өзүнүн администратору менен орнотуңуз.</translation>
    </message>
    <message>
        <source>The server refused: {reason}</source>
        <translation>Сервер баш тартты: {reason}</translation>
    </message>
    <message>
        <source>The server expects PrisonDesk {version}; this workstation has {mine}. Install {version} from {where}, then sync. This workstation's data is kept: the new version takes it over after a backup.</source>
        <translation>Сервер PrisonDesk {version} күтөт, бул жумуш ордунда — {mine}. {version} версиясын {where} жеринен орнотуп, анан шайкештириңиз. Бул жумуш ордунун маалыматтары сакталат: жаңы версия аларды камдык көчүрмөдөн кийин кабыл алат.</translation>
    </message>
    <message>
        <source>The server expects PrisonDesk {version}; this workstation has {mine}. Ask support for the installer of {version}, then sync. This workstation's data is kept: the new version takes it over after a backup.</source>
        <translation>Сервер PrisonDesk {version} күтөт, бул жумуш ордунда — {mine}. Колдоо кызматынан {version} версиясынын орноткучун сураңыз, анан шайкештириңиз. Бул жумуш ордунун маалыматтары сакталат: жаңы версия аларды камдык көчүрмөдөн кийин кабыл алат.</translation>
    </message>
    <message>
        <source>The facility has no data on the server yet: set up its first workstation.</source>
        <translation>Серверде мекеменин маалыматтары азырынча жок: анын биринчи жумуш ордун орнотуңуз.</translation>
    </message>
    <message>
        <source>User accounts are changed by their administrator, not in conflict review: keep the value, and ask the administrator to change the account.</source>
        <translation>Каттоо жазууларын администратор өзгөртөт, чыр-чатакты кароодо эмес: маанини калтырып, администратордон каттоо жазуусун өзгөртүүнү сураңыз.</translation>
    </message>
    <message>
        <source>This conflict no longer exists.</source>
        <translation>Бул карама-каршылык мындан ары жок.</translation>
    </message>
    <message>
        <source>The record was deleted: there is nothing to switch.</source>
        <translation>Жазуу өчүрүлгөн: алмаштыра турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>{name} ({document}) is registered already.</source>
        <translation>{name} ({document}) мурда катталган.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Туулган күн келечекте болушу мүмкүн эмес.</translation>
    </message>
    <message>
        <source>Choose the lead visitor among the visitors.</source>
        <translation>Келүүчүлөрдүн ичинен негизгисин тандаңыз.</translation>
    </message>
    <message>
        <source>Choose a visiting time.</source>
        <translation>Жолугушуу убактысын тандаңыз.</translation>
    </message>
    <message>
        <source>The prisoner is not held in this facility.</source>
        <translation>Соттолгон бул мекемеде кармалбайт.</translation>
    </message>
    <message>
        <source>A visit cannot be booked in the past.</source>
        <translation>Өткөн күнгө жолугушууга жазууга болбойт.</translation>
    </message>
    <message>
        <source>There is no such visiting time on {day}.</source>
        <translation>{day} мындай жолугушуу убактысы жок.</translation>
    </message>
    <message>
        <source>No visits on {day}: {reason}.</source>
        <translation>{day} жолугушуулар жок: {reason}.</translation>
    </message>
    <message>
        <source>This visiting time is full.</source>
        <translation>Бул убакытка орун жок.</translation>
    </message>
    <message>
        <source>The prisoner already has a visit then ({number}).</source>
        <translation>Соттолгондун бул убакта жолугушуусу бар ({number}).</translation>
    </message>
    <message>
        <source>No visit allowance is set for the prisoner's regime: record the regime in the file, or ask the administrator to set its allowance.</source>
        <translation>Соттолгондун режими үчүн жолугушуу лимити коюлган эмес: иште режимди көрсөтүңүз же администратордон лимит коюуну сураңыз.</translation>
    </message>
    <message>
        <source>The allowance for this kind of visit in {month} is used up ({n}).</source>
        <translation>{month} үчүн бул түрдөгү жолугушуулардын лимити түгөндү ({n}).</translation>
    </message>
    <message>
        <source>The prisoner may not receive visits then: {reason}.</source>
        <translation>Соттолгонго бул убакта жолугушууга тыюу салынган: {reason}.</translation>
    </message>
    <message>
        <source>The prisoner may receive closed visits only: {reason}.</source>
        <translation>Соттолгонго жабык жолугушууларга гана уруксат: {reason}.</translation>
    </message>
    <message>
        <source>The prisoner or the visitor was not found.</source>
        <translation>Соттолгон же келүүчү табылган жок.</translation>
    </message>
    <message>
        <source>The lead visitor is banned from visiting then.</source>
        <translation>Негизги келүүчүгө бул убакта келүүгө тыюу салынган.</translation>
    </message>
    <message>
        <source>The lead visitor is not on the prisoner's approved list.</source>
        <translation>Негизги келүүчү соттолгондун бекитилген тизмесинде жок.</translation>
    </message>
    <message>
        <source>Children may not visit without an adult: add a visitor who is {age} or older on the day of the visit.</source>
        <translation>Балдар жолугушууга чоңдорсуз келе алышпайт: жолугушуу күнү {age} жашка толгон же андан улуу келүүчүнү кошуңуз.</translation>
    </message>
    <message>
        <source>Too many visitors: at most {total} people, {adults} adults and {children} children.</source>
        <translation>Келүүчүлөр өтө көп: эң көп {total} адам, {adults} чоң киши жана {children} бала.</translation>
    </message>
    <message>
        <source>The gate has recorded this visit already: its outcome is set at the gate.</source>
        <translation>Өткөрүү пункту бул жолугушууну мурда белгилеген: анын жыйынтыгы өткөрүү пунктунда коюлат.</translation>
    </message>
    <message>
        <source>This is not a visit pass. Scan the barcode on the pass, or find the visitor by name.</source>
        <translation>Бул жолугушууга уруксат кагазы эмес. Уруксат кагазынын штрихкодун сканерлеңиз же келүүчүнү аты боюнча табыңыз.</translation>
    </message>
    <message>
        <source>This desk cannot check this pass yet: sync, then scan again. If it still fails, find the visitor by name.</source>
        <translation>Бул жумуш орду уруксат кагазын азырынча текшере албайт: шайкештирип, кайра сканерлеңиз. Болбосо, келүүчүнү аты боюнча табыңыз.</translation>
    </message>
    <message>
        <source>This pass is not genuine or was misread. Scan it once more; if it fails again, keep the pass and call the supervisor.</source>
        <translation>Уруксат кагазы чыныгы эмес же ката окулду. Дагы бир жолу сканерлеңиз; кайра өтпөсө, уруксат кагазын кармап, нөөмөт башчысын чакырыңыз.</translation>
    </message>
    <message>
        <source>The booking of this pass is not on this desk yet: sync, then scan again.</source>
        <translation>Бул уруксат кагазынын жазуусу бул жумуш ордунда азырынча жок: шайкештирип, кайра сканерлеңиз.</translation>
    </message>
    <message>
        <source>This visit was cancelled: its pass only lets out those still inside.</source>
        <translation>Бул жолугушуу жокко чыгарылган: уруксат кагаз менен ичинде калгандарды гана чыгарууга болот.</translation>
    </message>
    <message>
        <source>This pass is for {day}: it only lets out those still inside.</source>
        <translation>Бул уруксат кагаз {day} күнүнө: аны менен ичинде калгандарды гана чыгарууга болот.</translation>
    </message>
    <message>
        <source>This visit was cancelled. Entry is refused.</source>
        <translation>Бул жолугушуу жокко чыгарылган. Кирүүгө уруксат жок.</translation>
    </message>
    <message>
        <source>This pass is for {day}, not for today.</source>
        <translation>Уруксат кагазы бүгүнгө эмес, {day} үчүн.</translation>
    </message>
    <message>
        <source>This pass has been used already.</source>
        <translation>Уруксат кагазы мурда колдонулган.</translation>
    </message>
    <message>
        <source>This pass has been used already ({outcome}).</source>
        <translation>Уруксат кагазы мурда колдонулган ({outcome}).</translation>
    </message>
    <message>
        <source>Visitors are inside: let them out with Completed or Terminated.</source>
        <translation>Келүүчүлөр ичинде: аларды «Болду» же «Администрация токтотту» жыйынтыгы менен чыгарыңыз.</translation>
    </message>
    <message>
        <source>Nobody of this visit was checked in: choose what happened instead.</source>
        <translation>Бул жолугушуу боюнча эч ким киргизилген жок: эмне болгонун тандаңыз.</translation>
    </message>
    <message>
        <source>This booking no longer exists.</source>
        <translation>Бул жазуу мындан ары жок.</translation>
    </message>
    <message>
        <source>This is a parcel's barcode: open it in Parcels, not at the visits gate.</source>
        <translation>Бул посылканын штрих-коду: аны жолугушуулардын өткөрүү пунктунда эмес, «Берүүлөр» бөлүмүндө ачыңыз.</translation>
    </message>
    <message>
        <source>Tick the visitors whose documents were checked.</source>
        <translation>Документтери текшерилген келүүчүлөрдү белгилеңиз.</translation>
    </message>
    <message>
        <source>Entry refused today: {reason}.</source>
        <translation>Бүгүн кирүүгө тыюу салынган: {reason}.</translation>
    </message>
    <message>
        <source>Entry refused: {names} banned since the booking. Untick them.</source>
        <translation>Кирүүгө уруксат жок: {names} — жазылгандан кийин тыюу салынган. Белгини алып салыңыз.</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Жыйынтыкты тандаңыз.</translation>
    </message>
    <message>
        <source>This booking is cancelled already.</source>
        <translation>Бул жазуу мурда жокко чыгарылган.</translation>
    </message>
    <message>
        <source>This visitor is on the prisoner's list already.</source>
        <translation>Бул келүүчү соттолгондун тизмесинде мурда эле бар.</translation>
    </message>
    <message>
        <source>Unknown kind of restriction.</source>
        <translation>Чектөөнүн белгисиз түрү.</translation>
    </message>
    <message>
        <source>A restriction concerns a visitor or a prisoner.</source>
        <translation>Чектөө келүүчүгө же соттолгонго тиешелүү.</translation>
    </message>
    <message>
        <source>An allowance is a number from 0 to 100.</source>
        <translation>Лимит 0дөн 100гө чейинки сан.</translation>
    </message>
    <message>
        <source>Visitor limits are numbers from 1 to 20.</source>
        <translation>Келүүчүлөрдүн чектөөлөрү 1ден 20га чейинки сандар.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, e.g. 09:30.</source>
        <translation>Убакытты СС:ММ түрүндө киргизиңиз, мисалы 09:30.</translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation>Бүтүү убактысы башталуу убактысынан мурда.</translation>
    </message>
    <message>
        <source>Choose a weekday.</source>
        <translation>Жуманын күнүн тандаңыз.</translation>
    </message>
    <message>
        <source>Capacity is a number from 1 to 200.</source>
        <translation>Сыйымдуулук 1ден 200гө чейинки сан.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Бүтүү күнү башталуу күнүнөн мурда.</translation>
    </message>
    <message>
        <source>Choose a visiting room.</source>
        <translation>Жолугушуу бөлмөсүн тандаңыз.</translation>
    </message>
    <message>
        <source>The demo was stopped part-way through its visits last time, so this database holds an incomplete demo. Fill the demo into a new data folder (--home), or remove this database first.</source>
        <translation>Өткөндө демо маалыматтарды толтуруу жолугушууларда токтоп калган, ошондуктан бул базадагы демо маалыматтар толук эмес. Демо маалыматтарды жаңы маалымат папкасына (--home) толтуруңуз же алгач бул базаны өчүрүңүз.</translation>
    </message>
    <message>
        <source>A quota is 0 to 100 parcels and 0 to 500 kg a month ({regime}).</source>
        <translation>Лимит айына 0дөн 100гө чейин посылка жана 0дөн 500 кг га чейин ({regime}).</translation>
    </message>
    <message>
        <source>The list cannot be empty.</source>
        <translation>Тизме бош болбошу керек.</translation>
    </message>
    <message>
        <source>A name appears twice in the list.</source>
        <translation>Аталыш тизмеде эки жолу кездешет.</translation>
    </message>
    <message>
        <source>Over the quota: {count} parcels and {kg} kg left this month. A supervisor may accept it with a reason; otherwise hand it back.</source>
        <translation>Лимиттен ашык: бул айда {count} посылка жана {kg} кг калды. Смена башчысы себебин көрсөтүп кабыл ала алат; болбосо посылканы кайтарыңыз.</translation>
    </message>
    <message>
        <source>No such assessment here.</source>
        <translation>Мындай баалоо бул жерде жок.</translation>
    </message>
    <message>
        <source>No such prisoner here.</source>
        <translation>Мындай соттолгон бул жерде жок.</translation>
    </message>
    <message>
        <source>{name} is no longer held here (released or transferred).</source>
        <translation>{name} бул жерде мындан ары кармалбайт (бошотулган же которулган).</translation>
    </message>
    <message>
        <source>{name} is not held here any more: the parcel cannot be accepted.</source>
        <translation>{name} мындан ары бул жерде кармалбайт: посылканы кабыл алууга болбойт.</translation>
    </message>
    <message>
        <source>Choose how the parcel came.</source>
        <translation>Посылка кантип келгенин тандаңыз.</translation>
    </message>
    <message>
        <source>No such visitor here.</source>
        <translation>Мындай келүүчү бул жерде жок.</translation>
    </message>
    <message>
        <source>Weigh the parcel: from 1 g to {kg} kg.</source>
        <translation>Посылканы таразалаңыз: 1 г дан {kg} кг га чейин.</translation>
    </message>
    <message>
        <source>Seal {seal} is on a parcel still at the facility: check the number.</source>
        <translation>{seal} пломбасы мекемеде турган посылкада бар: номерди текшериңиз.</translation>
    </message>
    <message>
        <source>List what the parcel holds: at least one item.</source>
        <translation>Посылканын ичиндегилерди тизмелеңиз: жок дегенде бирөө.</translation>
    </message>
    <message>
        <source>A parcel lists at most {n} items.</source>
        <translation>Посылкада {n} позициядан ашпайт.</translation>
    </message>
    <message>
        <source>Item {row}: choose a category from the list.</source>
        <translation>{row}-позиция: тизмеден категорияны тандаңыз.</translation>
    </message>
    <message>
        <source>Item {row}: describe it in up to 200 characters.</source>
        <translation>{row}-позиция: аны сүрөттөңүз (200 белгиге чейин).</translation>
    </message>
    <message>
        <source>Item {row}: a quantity from 1 to {n}.</source>
        <translation>{row}-позиция: саны 1ден {n}ге чейин.</translation>
    </message>
    <message>
        <source>Item {row}: choose a unit.</source>
        <translation>{row}-позиция: өлчөө бирдигин тандаңыз.</translation>
    </message>
    <message>
        <source>Choose how the parcel was inspected.</source>
        <translation>Посылка кантип текшерилгенин тандаңыз.</translation>
    </message>
    <message>
        <source>Say what prohibited thing “{item}” is, from the list.</source>
        <translation>«{item}» кайсы тыюу салынган буюм экенин тизмеден көрсөтүңүз.</translation>
    </message>
    <message>
        <source>“{item}” ({what}) needs an incident note.</source>
        <translation>«{item}» ({what}) үчүн окуя жөнүндө жазуу керек.</translation>
    </message>
    <message>
        <source>This parcel was refused or is held: it is not handed over.</source>
        <translation>Посылкадан баш тартылган же ал кармалып турат: ал берилбейт.</translation>
    </message>
    <message>
        <source>The prisoner is not held here any more.</source>
        <translation>Соттолгон мындан ары бул жерде кармалбайт.</translation>
    </message>
    <message>
        <source>Only a parcel held after its prisoner left is forwarded.</source>
        <translation>Соттолгон кеткенден кийин кармалган посылка гана жөнөтүлөт.</translation>
    </message>
    <message>
        <source>No such parcel here.</source>
        <translation>Мындай посылка бул жерде жок.</translation>
    </message>
    <message>
        <source>Give a result for every item of the parcel.</source>
        <translation>Посылканын ар бир позициясы үчүн жыйынтыкты көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The x-ray image must be a JPEG or PNG file of at most 8 MB.</source>
        <translation>Рентген сүрөтү 8 МБдан ашпаган JPEG же PNG файл болушу керек.</translation>
    </message>
    <message>
        <source>A photo must be a JPEG or PNG file of at most 8 MB.</source>
        <translation>Сүрөт JPEG же PNG форматындагы, көлөмү 8 МБдан ашпаган файл болушу керек.</translation>
    </message>
    <message>
        <source>This parcel's way has ended: {status}.</source>
        <translation>Бул посылканын жолу бүткөн: {status}.</translation>
    </message>
    <message>
        <source>Inspect the parcel before it is handed over.</source>
        <translation>Посылканы берүүдөн мурун текшериңиз.</translation>
    </message>
    <message>
        <source>This is a visit pass: scan it at the visits gate, not here.</source>
        <translation>Бул жолугушууга уруксат кагазы: аны бул жерде эмес, жолугушуу өткөрмө пунктунда скандаңыз.</translation>
    </message>
    <message>
        <source>No parcel here has this number. Scan the barcode on the parcel's label or receipt, or find the parcel by the prisoner.</source>
        <translation>Бул жерде мындай номердеги посылка жок. Посылканын белгисиндеги же түшүрмөсүндөгү штрих-кодду скандаңыз же посылканы соттолгон боюнча табыңыз.</translation>
    </message>
    <message>
        <source>Inspect the parcel before its handover sheet is printed.</source>
        <translation>Берүү барагын басып чыгаруудан мурун посылканы текшериңиз.</translation>
    </message>
    <message>
        <source>This parcel is not handed over: {status}.</source>
        <translation>Бул посылка берилген эмес: {status}.</translation>
    </message>
    <message>
        <source>{name}'s deposit has not been paid out: there is no card sheet to print again.</source>
        <translation>{name} депозити төлөнгөн эмес: картанын баракчасын кайра басууга эч нерсе жок.</translation>
    </message>
    <message>
        <source>No such workshop place here.</source>
        <translation>Бул жерде устаканада мындай орун жок.</translation>
    </message>
    <message>
        <source>A certificate is printed for a training programme completed: end the place as completed first.</source>
        <translation>Күбөлүк аяктаган окуу программасы боюнча гана басылат: адегенде орунду «Аяктаган» деген себеп менен жабыңыз.</translation>
    </message>
    <message>
        <source>Choose the statement's days: its end after its start, ten years at most.</source>
        <translation>Көчүрмөнүн мезгилин тандаңыз: аягы башталышынан кийин болуп, он жылдан ашпашы керек.</translation>
    </message>
    <message>
        <source>A payout is more than 0, in tyiyn (whole numbers).</source>
        <translation>Төлөмдүн суммасы 0дөн чоң жана бүтүн тыйын менен көрсөтүлүшү керек.</translation>
    </message>
    <message>
        <source>{name} has nothing on the deposit account: there is no payout.</source>
        <translation>{name}: депозиттик эсепте каражат жок, төлөй турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>{name}'s deposit account holds {balance} som: {amount} som is more than that.</source>
        <translation>{name}: депозиттик эсепте {balance} сом бар, {amount} сом андан көп.</translation>
    </message>
    <message>
        <source>{name} is not released: the part held until release ({held} som) is paid only on release. Pay at most the spendable part ({spendable} som).</source>
        <translation>{name} бошотула элек: бошотулганга чейин сакталуучу бөлүгү ({held} сом) бошотулганда гана төлөнөт. Учурдагы чыгымдарга бөлүгүнөн ({spendable} сом) ашпаган сумманы төлөөгө болот.</translation>
    </message>
    <message>
        <source>{workshop} already pays band {band} a rate from {start} on: end that rate first, or start this one after it.</source>
        <translation>«{workshop}» устаканасында {band} разряды үчүн {start} баштап ставка колдонулууда: адегенде ал ставканы аяктаңыз же бул ставканы андан кийин баштаңыз.</translation>
    </message>
    <message>
        <source>{workshop} already pays band {band} a rate from {start} to {end}: end that rate first, or start this one after it.</source>
        <translation>«{workshop}» устаканасында {band} разряды үчүн {start} баштап {end} чейин ставка колдонулат: адегенде ал ставканы аяктаңыз же бул ставканы андан кийин баштаңыз.</translation>
    </message>
    <message>
        <source>No such pay rate here.</source>
        <translation>Мындай ставка бул жерде жок.</translation>
    </message>
    <message>
        <source>Choose what the rate pays for: a session, an hour or a piece.</source>
        <translation>Ставка эмне үчүн төлөнөрүн тандаңыз: смена, саат же даана үчүн.</translation>
    </message>
    <message>
        <source>A rate is more than 0 and at most {max} som, in tyiyn (whole numbers).</source>
        <translation>Ставка 0дөн чоң жана {max} сомдон ашпашы керек, бүтүн тыйын менен.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>«{name}» деген отчёт жок.</translation>
    </message>
    <message>
        <source>You may not read the reports of that facility.</source>
        <translation>Сиз бул мекеменин отчетторун окуй албайсыз.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Датаны териңиз.</translation>
    </message>
    <message>
        <source>The range cannot end before it begins.</source>
        <translation>Мезгил башталганга чейин бүтө албайт.</translation>
    </message>
    <message>
        <source>A report covers at most {n} days.</source>
        <translation>Отчёт эң көп дегенде {n} күндү камтыйт.</translation>
    </message>
    <message>
        <source>A rate cannot end before it begins ({start}).</source>
        <translation>Ставка башталышынан ({start}) мурун аяктай албайт.</translation>
    </message>
    <message>
        <source>The pay period is not approved yet: a supervisor approves it first.</source>
        <translation>Эсептик мезгил али бекитиле элек: адегенде аны отряддын башчысы бекитиши керек.</translation>
    </message>
    <message>
        <source>The payroll does not agree with the deposit ledger: the lines come to {lines} som, the ledger holds {posted} som for the period. Sync the desk and check with a supervisor.</source>
        <translation>Ведомость депозиттик эсептердин эсебине дал келбейт: ведомостун саптары боюнча — {lines} сом, эсепте бул мезгил үчүн {posted} сом катталган. Жумуш ордун шайкештирип, отряддын башчысына кайрылыңыз.</translation>
    </message>
    <message>
        <source>The part held until release is a whole percentage from 0 to 100.</source>
        <translation>Бошотулганга чейин сакталуучу бөлүк 0дөн 100гө чейинки бүтүн пайыз менен көрсөтүлөт.</translation>
    </message>
    <message>
        <source>No prisoner here has this number. Scan the ID card again, or mark them on the list.</source>
        <translation>Бул жерде мындай номердеги соттолгон жок. Күбөлүктү кайра сканерлеңиз же аны тизмеден белгилеңиз.</translation>
    </message>
    <message>
        <source>No such attendance mark here.</source>
        <translation>Табелде мындай белги бул жерде жок.</translation>
    </message>
    <message>
        <source>This mark has been corrected already: correct the current one.</source>
        <translation>Бул белги мурда эле оңдолгон: учурдагы белгини оңдоңуз.</translation>
    </message>
    <message>
        <source>Choose a period of up to a year, its end after its start.</source>
        <translation>Бир жылдан ашпаган мезгилди тандаңыз; аягы башталышынан кийин болушу керек.</translation>
    </message>
    <message>
        <source>This reason needs a note: say what happened.</source>
        <translation>Бул себеп үчүн эскертүү керек: эмне болгонун жазыңыз.</translation>
    </message>
    <message>
        <source>An absence makes no pieces.</source>
        <translation>Катышпаган учурда даана саны көрсөтүлбөйт.</translation>
    </message>
    <message>
        <source>An unpaid absence has no minutes worked.</source>
        <translation>Төлөнбөгөн катышпоодо иштелген убакыт көрсөтүлбөйт.</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>Күндү тандаңыз.</translation>
    </message>
    <message>
        <source>Choose the morning, the afternoon or the full day.</source>
        <translation>Тандаңыз: түшкө чейин, түштөн кийин же толук күн.</translation>
    </message>
    <message>
        <source>Choose present, or a reason from the list.</source>
        <translation>«Катышты» дегенди же тизмеден себепти тандаңыз.</translation>
    </message>
    <message>
        <source>A whole number from 0 to {n}.</source>
        <translation>0 менен {n} аралыгындагы бүтүн сан.</translation>
    </message>
    <message>
        <source>{day} has not come yet: mark a session once it is held.</source>
        <translation>{day} күнү али келе элек: сменаны ал өткөндөн кийин белгилеңиз.</translation>
    </message>
    <message>
        <source>The pay period {first} – {last} has been computed: a supervisor discards it before its attendance changes, then runs it again.</source>
        <translation>{first} – {last} мезгилинин акысы эсептелген: катышууну өзгөртүү үчүн жетекчи адегенде эсепти жокко чыгарат, анан кайра эсептейт.</translation>
    </message>
    <message>
        <source>The pay period {first} – {last} has been approved: its attendance can no longer change.</source>
        <translation>{first} – {last} мезгилинин акысы бекитилген: анын катышуусу мындан ары өзгөрбөйт.</translation>
    </message>
    <message>
        <source>{name} is no longer held here (released or transferred): no attendance can be marked.</source>
        <translation>{name} бул жерде мындан ары кармалбайт (бошотулган же которулган): катышууну белгилөөгө болбойт.</translation>
    </message>
    <message>
        <source>{workshop} holds no such session on {day}: check the day and part.</source>
        <translation>«{workshop}» устаканасында {day} мындай смена жок: күндү жана күндүн бөлүгүн текшериңиз.</translation>
    </message>
    <message>
        <source>{name} ({number}) has no place in {workshop} on {day}.</source>
        <translation>{name} ({number}): {day} «{workshop}» устаканасында орун жок.</translation>
    </message>
    <message>
        <source>{name} is already marked for this session: correct the mark to change it.</source>
        <translation>{name} бул сменада мурда белгиленген: өзгөртүү үчүн белгини оңдоңуз.</translation>
    </message>
    <message>
        <source>The period ends on {day}, which has not come yet: run it after.</source>
        <translation>Мезгил {day} аяктайт, ал күн али келе элек: аны андан кийин эсептеңиз.</translation>
    </message>
    <message>
        <source>This pay period has been approved: its wages are posted and it stays.</source>
        <translation>Бул акы мезгили бекитилген: эмгек акы которулган, мезгил калат.</translation>
    </message>
    <message>
        <source>This pay period has been approved already: its wages are posted.</source>
        <translation>Бул эсептик мезгил мурда эле бекитилген: эмгек акы эсептерге чегерилген.</translation>
    </message>
    <message>
        <source>{workshop} has no rate for band {band} on {day} ({count} paid sessions without a rate): add the rate, then run the period.</source>
        <translation>«{workshop}» устаканасында {day} {band} разряды үчүн ставка жок (ставкасыз төлөнүүчү сменалар: {count}): ставканы кошуп, андан соң мезгилди эсептеңиз.</translation>
    </message>
    <message>
        <source>Marks that disagree (sessions: {count}), the first of {name} in {workshop} on {day}: correct them in the register (marked ⚠), then run the period.</source>
        <translation>Дал келбеген белгилер бар (сабактар: {count}), биринчиси — {name}, {workshop}, {day}: аларды журналда оңдоңуз (⚠ белгиси менен), андан кийин мезгилди эсептеңиз.</translation>
    </message>
    <message>
        <source>The period cannot end before it begins.</source>
        <translation>Мезгил башталганга чейин аяктай албайт.</translation>
    </message>
    <message>
        <source>A pay period is at most {n} days.</source>
        <translation>Эсептик мезгил {n} күндөн ашпашы керек.</translation>
    </message>
    <message>
        <source>The pay period {first} – {last} has been run already and covers these days: a day is paid once.</source>
        <translation>{first} – {last} эсептик мезгили мурда эсептелген жана бул күндөрдү камтыйт: ар бир күн бир гана жолу төлөнөт.</translation>
    </message>
    <message>
        <source>No such pay period here.</source>
        <translation>Мындай эсептик мезгил бул жерде жок.</translation>
    </message>
    <message>
        <source>No such workshop here.</source>
        <translation>Мындай устакана бул жерде жок.</translation>
    </message>
    <message>
        <source>No such training programme here.</source>
        <translation>Мындай окуу программасы бул жерде жок.</translation>
    </message>
    <message>
        <source>There is already a workshop called “{name}”.</source>
        <translation>«{name}» деген устакана мурунтан эле бар.</translation>
    </message>
    <message>
        <source>A workshop takes from 1 to {n} people.</source>
        <translation>Устакананын сыйымдуулугу — 1ден {n} адамга чейин.</translation>
    </message>
    <message>
        <source>A half-day session lasts from {least} minutes to {most} hours.</source>
        <translation>Жарым күндүк сабак {least} мүнөттөн {most} саатка чейин созулат.</translation>
    </message>
    <message>
        <source>An instructor is an instructor's or a supervisor's account of this facility: choose from the list.</source>
        <translation>Уста катары ушул мекеменин өндүрүштүк окутуу устасынын же отряддын башчысынын эсептик жазуусу гана болот: тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>A session is a day of the week and a morning, afternoon or full day.</source>
        <translation>Смена жуманын күнү жана күндүн бөлүгү менен белгиленет: түшкө чейин, түштөн кийин же толук күн.</translation>
    </message>
    <message>
        <source>The same session is listed twice.</source>
        <translation>Бир эле смена эки жолу көрсөтүлгөн.</translation>
    </message>
    <message>
        <source>A full-day session takes the whole day: no morning or afternoon session on the same day.</source>
        <translation>Толук күндүк смена бүт күндү ээлейт: ошол эле күнү түшкө чейинки же түштөн кийинки смена болбойт.</translation>
    </message>
    <message>
        <source>This workshop already has a programme called “{name}”.</source>
        <translation>Бул устаканада «{name}» деген программа мурунтан эле бар.</translation>
    </message>
    <message>
        <source>A programme lasts from 1 to {n} days.</source>
        <translation>Программа 1 күндөн {n} күнгө чейин созулат.</translation>
    </message>
    <message>
        <source>This place already ended on {day}.</source>
        <translation>Бул орун {day} күнү эле аяктаган.</translation>
    </message>
    <message>
        <source>Attendance is already recorded for {marked}: the place ends on that day or later.</source>
        <translation>{marked} үчүн катышуу мурда белгиленген: орун ошол күнү же андан кийин аякташы керек.</translation>
    </message>
    <message>
        <source>Choose the place's last day.</source>
        <translation>Орундун акыркы күнүн тандаңыз.</translation>
    </message>
    <message>
        <source>The place began on {start}: it cannot end before that day.</source>
        <translation>Орун {start} күнү башталган: ал ушул күндөн мурун аяктай албайт.</translation>
    </message>
    <message>
        <source>A place ends today or on a day gone by, not in the future.</source>
        <translation>Орун бүгүн же өткөн күндөрдүн биринде аяктайт, келечектеги күнү эмес.</translation>
    </message>
    <message>
        <source>Choose why the place ends.</source>
        <translation>Орун эмне себептен аяктаганын тандаңыз.</translation>
    </message>
    <message>
        <source>Say why the entry is taken off the list.</source>
        <translation>Жазуу эмне үчүн тизмеден чыгарылып жатканын көрсөтүңүз.</translation>
    </message>
    <message>
        <source>{workshop} is full on {day}: {taken} of {capacity} places are taken. End a place first, or choose a later start.</source>
        <translation>«{workshop}» устаканасында {day} бош орун жок: {capacity} орундан {taken} ээленген. Адегенде бир орунду аяктаңыз же кийинирээк баштоо күнүн тандаңыз.</translation>
    </message>
    <message>
        <source>This entry is {status}: it cannot be made {target} now.</source>
        <translation>Жазуунун статусу — «{status}»: аны азыр «{target}» статусуна которууга болбойт.</translation>
    </message>
    <message>
        <source>No such entry on a waiting list here.</source>
        <translation>Күтүү тизмесинде мындай жазуу бул жерде жок.</translation>
    </message>
    <message>
        <source>{name} is not held here: a workshop place is only for those who are.</source>
        <translation>{name} бул жерде кармалбайт: устаканадагы орун ушул мекемеде кармалгандарга гана берилет.</translation>
    </message>
    <message>
        <source>Choose one of this workshop's programmes.</source>
        <translation>Бул устакананын программаларынын бирин тандаңыз.</translation>
    </message>
    <message>
        <source>Say who proposes the place: staff or the assessment.</source>
        <translation>Орунду ким сунуштаганын көрсөтүңүз: кызматкерлер же баалоонун жыйынтыгы боюнча.</translation>
    </message>
    <message>
        <source>Choose the day the place starts.</source>
        <translation>Орун берилүүчү күндү тандаңыз.</translation>
    </message>
    <message>
        <source>Say why the place is declined.</source>
        <translation>Орун эмне үчүн берилбегенин көрсөтүңүз.</translation>
    </message>
    <message>
        <source>{name} is already on the list of {workshop}: decide that entry.</source>
        <translation>{name} «{workshop}» устаканасынын күтүү тизмесинде мурунтан эле бар: ошол жазуу боюнча чечим кабыл алыңыз.</translation>
    </message>
    <message>
        <source>{name} already has a place in {workshop}.</source>
        <translation>{name} «{workshop}» устаканасында мурунтан эле орун алган.</translation>
    </message>
    <message>
        <source>Version {version} of the instrument {instrument} is not installed.</source>
        <translation>{instrument} инструментинин {version}-версиясы орнотулган эмес.</translation>
    </message>
    <message>
        <source>The instrument {instrument} is not installed.</source>
        <translation>{instrument} инструменти орнотулган эмес.</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}.</source>
        <translation>Файлды окуу мүмкүн эмес: {detail}.</translation>
    </message>
    <message>
        <source>The file must be named “{expected}”, after its id and version.</source>
        <translation>Файлдын аты «{expected}» болушу керек — инструменттин идентификатору жана версиясы боюнча.</translation>
    </message>
    <message>
        <source>Unknown level “{level}”.</source>
        <translation>Белгисиз деңгээл «{level}».</translation>
    </message>
    <message>
        <source>Unknown section “{section}”.</source>
        <translation>Белгисиз бөлүм «{section}».</translation>
    </message>
    <message>
        <source>“{section}” is not a risk section: the level counts risk sections.</source>
        <translation>«{section}» — тобокелдик бөлүмү эмес: деңгээл тобокелдик бөлүмдөрү боюнча эсептелет.</translation>
    </message>
    <message>
        <source>“{section}” is not a need section: needs come from need sections.</source>
        <translation>«{section}» — муктаждык бөлүмү эмес: муктаждыктар муктаждык бөлүмдөрү боюнча аныкталат.</translation>
    </message>
    <message>
        <source>This rule can never apply: {value} is above the most the section can score, {highest}.</source>
        <translation>Бул эреже эч качан иштебейт: {value} бөлүмдүн эң жогорку упайынан ({highest}) чоң.</translation>
    </message>
    <message>
        <source>The section “{section}” is counted twice.</source>
        <translation>«{section}» бөлүмү эки жолу эсептелген.</translation>
    </message>
    <message>
        <source>“{key}” is empty.</source>
        <translation>«{key}» талаасы бош.</translation>
    </message>
    <message>
        <source>Threshold levels must rise: “{level}” is not above “{previous}”.</source>
        <translation>Босоголордун деңгээлдери өсүшү керек: «{level}» «{previous}» деңгээлинен жогору эмес.</translation>
    </message>
    <message>
        <source>The first threshold must start from 0, not {value}.</source>
        <translation>Биринчи босого {value} эмес, 0дөн башталышы керек.</translation>
    </message>
    <message>
        <source>Thresholds must rise: {value} is not above the previous {previous}.</source>
        <translation>Босоголор өсүшү керек: {value} мурункусунан ({previous}) чоң эмес.</translation>
    </message>
    <message>
        <source>This threshold can never be reached: {value} is above the highest possible total, {highest}.</source>
        <translation>Бул босогого эч качан жетүүгө болбойт: {value} мүмкүн болгон эң жогорку жалпы упайдан ({highest}) чоң.</translation>
    </message>
    <message>
        <source>Unknown need “{code}”: the needs are {known}.</source>
        <translation>Белгисиз муктаждык «{code}»; болушу мүмкүн: {known}.</translation>
    </message>
    <message>
        <source>The need “{code}” has more than one rule.</source>
        <translation>«{code}» муктаждыгы үчүн бир нече эреже берилген.</translation>
    </message>
    <message>
        <source>Not valid TOML: {detail}.</source>
        <translation>TOML синтаксисинде ката: {detail}.</translation>
    </message>
    <message>
        <source>The level “{code}” is declared more than once.</source>
        <translation>«{code}» деңгээли бир нече жолу жарыяланган.</translation>
    </message>
    <message>
        <source>“{kind}” is not a section kind: use risk or need.</source>
        <translation>«{kind}» — бөлүмдүн түрү эмес: risk же need деп жазыңыз.</translation>
    </message>
    <message>
        <source>The section id “{id}” is used more than once.</source>
        <translation>«{id}» бөлүм идентификатору бир нече жолу колдонулган.</translation>
    </message>
    <message>
        <source>The item id “{id}” is already used at {first}.</source>
        <translation>«{id}» суроо идентификатору {first} ичинде мурунтан эле колдонулган.</translation>
    </message>
    <message>
        <source>The score {score} is outside the item's scale, {low} to {high}.</source>
        <translation>{score} упай суроонун шкаласынан тышкары: {low} – {high}.</translation>
    </message>
    <message>
        <source>The option code “{code}” is used more than once in this item.</source>
        <translation>«{code}» жооп коду бул суроодо бир нече жолу колдонулган.</translation>
    </message>
    <message>
        <source>An item needs at least two options.</source>
        <translation>Суроонун кеминде эки жооп варианты болушу керек.</translation>
    </message>
    <message>
        <source>A scale is two whole numbers: [lowest, highest].</source>
        <translation>Шкала — эки бүтүн сан: [эң төмөнкү, эң жогорку].</translation>
    </message>
    <message>
        <source>Scores start at 0: the lowest cannot be {low}.</source>
        <translation>Упайлар 0дөн башталат: эң төмөнкү маани {low} боло албайт.</translation>
    </message>
    <message>
        <source>The scale's lowest score {low} is above its highest {high}.</source>
        <translation>Шкаланын эң төмөнкү упайы ({low}) эң жогоркусунан ({high}) чоң.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>бүтүн сан</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>тырмакчадагы текст</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true же false</translation>
    </message>
    <message>
        <source>a table of fields</source>
        <translation>талаалар таблицасы</translation>
    </message>
    <message>
        <source>a table of texts by language (en, ru, ky)</source>
        <translation>тилдер боюнча тексттер таблицасы (en, ru, ky)</translation>
    </message>
    <message>
        <source>a list of ids in quotes</source>
        <translation>тырмакчадагы идентификаторлор тизмеси</translation>
    </message>
    <message>
        <source>a list of tables ([[…]])</source>
        <translation>таблицалар тизмеси ([[…]])</translation>
    </message>
    <message>
        <source>The instrument file {source} cannot be used:</source>
        <translation>{source} инструмент файлын колдонууга болбойт:</translation>
    </message>
    <message>
        <source>“{key}” is missing.</source>
        <translation>«{key}» талаасы көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”: the fields here are {known}.</source>
        <translation>Белгисиз талаа «{key}»; бул жерде төмөнкү талаалар болот: {known}.</translation>
    </message>
    <message>
        <source>“{key}” must be {expected}.</source>
        <translation>«{key}» {expected} болушу керек.</translation>
    </message>
    <message>
        <source>“{key}” must be at least {minimum}, not {value}.</source>
        <translation>«{key}» кеминде {minimum} болушу керек, {value} эмес.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid id: use lower-case Latin letters and digits, joined by . _ or -.</source>
        <translation>«{value}» — жараксыз идентификатор: . _ же - белгилери менен бириктирилген кичине латын тамгаларын жана сандарды колдонуңуз.</translation>
    </message>
    <message>
        <source>Unknown language “{language}”: texts are given in en, ru and ky.</source>
        <translation>Белгисиз тил «{language}»: тексттер en, ru жана ky тилдеринде берилет.</translation>
    </message>
    <message>
        <source>The text in “{language}” is missing.</source>
        <translation>«{language}» тилиндеги текст жок.</translation>
    </message>
    <message>
        <source>The text in “{language}” is empty.</source>
        <translation>«{language}» тилиндеги текст бош.</translation>
    </message>
    <message>
        <source>The instrument {instrument} has no item “{item}”.</source>
        <translation>{instrument} инструментинде «{item}» суроосу жок.</translation>
    </message>
    <message>
        <source>The item “{item}” has no option “{option}”.</source>
        <translation>«{item}» суроосунда «{option}» жооп варианты жок.</translation>
    </message>
    <message>
        <source>A first assessment is due within 1 to {n} days of admission.</source>
        <translation>Алгачкы баалоонун мөөнөтү — кабыл алынгандан кийин 1ден {n} күнгө чейин.</translation>
    </message>
    <message>
        <source>Choose a wing of this facility for each level.</source>
        <translation>Ар бир деңгээл үчүн ушул мекеменин блогун тандаңыз.</translation>
    </message>
    <message>
        <source>{name} has an assessment not yet approved: go on with that one.</source>
        <translation>{name}: али бекитиле элек баалоо бар — ошону улантыңыз.</translation>
    </message>
    <message>
        <source>A first assessment has the reason “first assessment”; a later one is a review with its own reason.</source>
        <translation>Алгачкы баалоонун себеби — «Алгачкы баалоо»; андан кийинкиси — өз себеби бар кайра кароо.</translation>
    </message>
    <message>
        <source>Answer every required question before submitting: {count} left, marked in the form.</source>
        <translation>Бекитүүгө тапшыруудан мурун бардык милдеттүү суроолорго жооп бериңиз: {count} калды, алар формада белгиленген.</translation>
    </message>
    <message>
        <source>You made or submitted this assessment: another supervisor approves it.</source>
        <translation>Бул баалоону сиз түзгөнсүз же тапшыргансыз: аны башка отряд башчысы бекитет.</translation>
    </message>
    <message>
        <source>Choose one of the instrument's levels.</source>
        <translation>Инструменттин деңгээлдеринин бирин тандаңыз.</translation>
    </message>
    <message>
        <source>Write why the level differs from the instrument's: an override needs its reason.</source>
        <translation>Деңгээл инструмент боюнча деңгээлден эмне үчүн айырмаланарын жазыңыз: деңгээлди өзгөртүү үчүн себеп керек.</translation>
    </message>
    <message>
        <source>Choose why the assessment is made.</source>
        <translation>Баалоонун себебин тандаңыз.</translation>
    </message>
    <message>
        <source>This assessment is approved and no longer changes: start a reassessment.</source>
        <translation>Бул баалоо бекитилген жана мындан ары өзгөрбөйт: кайра баалоону баштаңыз.</translation>
    </message>
    <message>
        <source>This assessment is awaiting approval: it changes only if a supervisor sends it back.</source>
        <translation>Бул баалоо бекитүүнү күтүүдө: аны отряд башчысы оңдоого кайтарганда гана өзгөртүүгө болот.</translation>
    </message>
    <message>
        <source>This cannot be done to an assessment that is {status}.</source>
        <translation>«{status}» статусундагы баалоо менен муну жасоого болбойт.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Кийинки кайра кароонун күнүн көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The next review cannot be in the past.</source>
        <translation>Кийинки кайра кароонун күнү өткөн күн боло албайт.</translation>
    </message>
    <message>
        <source>Choose what kind of action it is.</source>
        <translation>Иш-чаранын түрүн тандаңыз.</translation>
    </message>
    <message>
        <source>Choose one from the list.</source>
        <translation>Тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>Set the target date.</source>
        <translation>Мөөнөттү көрсөтүңүз.</translation>
    </message>
    <message>
        <source>The target date cannot be in the past.</source>
        <translation>Мөөнөт өткөн күн боло албайт.</translation>
    </message>
    <message>
        <source>The owner is a user of this facility: choose from the list.</source>
        <translation>Жооптуу адам ушул мекеменин колдонуучусу болушу керек: тизмеден тандаңыз.</translation>
    </message>
    <message>
        <source>A plan is built from an approved assessment: approve it first.</source>
        <translation>План бекитилген баалоонун негизинде түзүлөт: адегенде аны бекитиңиз.</translation>
    </message>
    <message>
        <source>No such plan action here.</source>
        <translation>Пландын мындай иш-чарасы бул жерде жок.</translation>
    </message>
    <message>
        <source>This workstation is not enrolled as a headquarters desk.</source>
        <translation>Бул жумуш орду борбордук аппараттын жумуш орду катары катталган эмес.</translation>
    </message>
    <message>
        <source>This is a headquarters desk: it reads every facility and changes none.</source>
        <translation>Бул борбордук аппараттын жумуш орду: ал бардык мекемелерди окуйт жана эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>No facility you may read has the code {code}.</source>
        <translation>{code} коду менен сиз отчетторун окуй ала турган мекеме жок.</translation>
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
        <translation>Статусу</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилиясы</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Атасынын аты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туулган күнү</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Гендердик өздүгү</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Жарандыгы</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ПИН</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Документтин түрү</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Документтин номери</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Берген өлкө</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тилдер</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Чечимдин номери</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Чечимдин датасы</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Беренелер</translation>
    </message>
    <message>
        <source>Custody type</source>
        <translation>Кармоонун түрү</translation>
    </message>
    <message>
        <source>Sentence start</source>
        <translation>Жаза мөөнөтүнүн башталышы</translation>
    </message>
    <message>
        <source>Term: years</source>
        <translation>Мөөнөт: жыл</translation>
    </message>
    <message>
        <source>Term: months</source>
        <translation>Мөөнөт: ай</translation>
    </message>
    <message>
        <source>Term: days</source>
        <translation>Мөөнөт: күн</translation>
    </message>
    <message>
        <source>Days credited</source>
        <translation>Эсепке алынган күндөр</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Бошотулган күнү</translation>
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
        <translation>Кабыл алынган</translation>
    </message>
    <message>
        <source>Transferred from</source>
        <translation>Которулган жери</translation>
    </message>
    <message>
        <source>Transferred to</source>
        <translation>Которулган жайы</translation>
    </message>
    <message>
        <source>Injuries examined</source>
        <translation>Дене жаракаттары текшерилген</translation>
    </message>
    <message>
        <source>Rights explained</source>
        <translation>Укуктары түшүндүрүлгөн</translation>
    </message>
    <message>
        <source>Language of the explanation</source>
        <translation>Түшүндүрүүнүн тили</translation>
    </message>
    <message>
        <source>Rights explained at</source>
        <translation>Укуктары качан түшүндүрүлгөн</translation>
    </message>
    <message>
        <source>No family contact</source>
        <translation>Үй-бүлө менен байланыш жок</translation>
    </message>
    <message>
        <source>Family note</source>
        <translation>Үй-бүлө жөнүндө эскертүү</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Туугандык байланышы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дареги</translation>
    </message>
    <message>
        <source>Next of kin</source>
        <translation>Жакын тууган</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Дене бөлүгү</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Complaint of ill-treatment</source>
        <translation>Катаал мамиле тууралуу арыз</translation>
    </message>
    <message>
        <source>Medical service notified</source>
        <translation>Медициналык кызматка кабарланган</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>Сакталган жери</translation>
    </message>
    <message>
        <source>Handed back</source>
        <translation>Кайтарылган</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Колдонуучунун аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Күчүндө</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Тартиби</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коду</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Саат алкагы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Баштап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Жокко чыгаруунун себеби</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Чейин</translation>
    </message>
    <message>
        <source>Visits at once</source>
        <translation>Бир убакта жолугушуулар</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Жуманын күнү</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күчүнө кирет</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Чейин күчүндө</translation>
    </message>
    <message>
        <source>Lead visitor</source>
        <translation>Негизги келүүчү</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Жөндөө</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Сүрөт</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>Must change the password</source>
        <translation>Сырсөздү алмаштырышы керек</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Ким бекиткен</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Качан бекитилген</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Келүүчү</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Жолугушуу</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Бөлмө</translation>
    </message>
    <message>
        <source>Visiting time</source>
        <translation>Жолугушуу убактысы</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Көзөмөл номери</translation>
    </message>
    <message>
        <source>Sender (visitor)</source>
        <translation>Жөнөтүүчү (келүүчү)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жөнөтүүчү</translation>
    </message>
    <message>
        <source>Sender's document</source>
        <translation>Жөнөтүүчүнүн документи</translation>
    </message>
    <message>
        <source>Came by</source>
        <translation>Келүү жолу</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Салмагы, г</translation>
    </message>
    <message>
        <source>Seal or tag</source>
        <translation>Пломба же белги</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Кабыл алган</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
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
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Workshop place</source>
        <translation>Устаканадагы орун</translation>
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
        <translation>Төлөм</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Эсептелди</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>Эсептеген</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Чечилди</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Чечкен</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Күчүнө кирген күнү</translation>
    </message>
    <message>
        <source>In force to</source>
        <translation>Күчүндө болгон акыркы күнү</translation>
    </message>
    <message>
        <source>Note on the end</source>
        <translation>Аяктоо боюнча эскертүү</translation>
    </message>
    <message>
        <source>Why it ended</source>
        <translation>Аяктоо себеби</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Ишкана</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Биринчи күнү</translation>
    </message>
    <message>
        <source>Half-day sessions</source>
        <translation>Жарым күндүк сменалар</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>Бошотулганга чейин</translation>
    </message>
    <message>
        <source>Share held until release</source>
        <translation>Бошотулганга чейин сакталуучу үлүш</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Акыркы күнү</translation>
    </message>
    <message>
        <source>Length in days</source>
        <translation>Узактыгы, күн</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Мүнөттөр</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <translation>Күндүн бөлүгү</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Эсептик мезгил</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Буюмдар, даана</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Окуу программасы</translation>
    </message>
    <message>
        <source>Put on the list</source>
        <translation>Тизмеге киргизилди</translation>
    </message>
    <message>
        <source>Put on the list by</source>
        <translation>Тизмеге киргизген</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Ким сунуштады</translation>
    </message>
    <message>
        <source>Length of a half-day session</source>
        <translation>Жарым күндүк сабактын узактыгы</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>Учурдагы чыгымдарга</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Устакана</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Инструмент</translation>
    </message>
    <message>
        <source>Instrument version</source>
        <translation>Инструменттин версиясы</translation>
    </message>
    <message>
        <source>Instrument file</source>
        <translation>Инструменттин файлы</translation>
    </message>
    <message>
        <source>Why, in words</source>
        <translation>Себептин түшүндүрмөсү</translation>
    </message>
    <message>
        <source>Assessment reviewed</source>
        <translation>Кайра каралган баалоо</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жооптор</translation>
    </message>
    <message>
        <source>Section scores</source>
        <translation>Бөлүмдөр боюнча упайлар</translation>
    </message>
    <message>
        <source>Risk total</source>
        <translation>Тобокелдиктин жалпы упайы</translation>
    </message>
    <message>
        <source>Level by the instrument</source>
        <translation>Инструмент боюнча деңгээл</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Муктаждыктар</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Тобокелдик деңгээли</translation>
    </message>
    <message>
        <source>Why the level was overridden</source>
        <translation>Деңгээлди өзгөртүүнүн себеби</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Кийинки кайра кароо</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Ким баалаган</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Башталган</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Баалоо</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Муктаждык</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жооптуу</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Мөөнөт</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Ким түзгөн</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Түзүлгөн</translation>
    </message>
    <message>
        <source>Prisoner file</source>
        <translation>Жеке иш</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Туугандын байланышы</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Дене жаракаты</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Буюмдар</translation>
    </message>
    <message>
        <source>Instructor of a workshop</source>
        <translation>Устакананын инструктору</translation>
    </message>
    <message>
        <source>Weekly session</source>
        <translation>Жумалык смена</translation>
    </message>
    <message>
        <source>Waiting list entry</source>
        <translation>Күтүү тизмесиндеги жазуу</translation>
    </message>
    <message>
        <source>Pay rate</source>
        <translation>Төлөм ставкасы</translation>
    </message>
    <message>
        <source>Pay of a prisoner in a period</source>
        <translation>Соттолгондун мезгил ичиндеги эмгек акысы</translation>
    </message>
    <message>
        <source>Risk and needs assessment</source>
        <translation>Тобокелдиктерди жана муктаждыктарды баалоо</translation>
    </message>
    <message>
        <source>Rehabilitation plan action</source>
        <translation>Реабилитация планынын иш-чарасы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Facility setting</source>
        <translation>Мекеменин жөндөөсү</translation>
    </message>
    <message>
        <source>Visitor's photo</source>
        <translation>Келүүчүнүн сүрөтү</translation>
    </message>
    <message>
        <source>Approved visitor</source>
        <translation>Бекитилген келүүчү</translation>
    </message>
    <message>
        <source>Visit restriction</source>
        <translation>Жолугушууга чектөө</translation>
    </message>
    <message>
        <source>Visit room</source>
        <translation>Жолугушуу бөлмөсү</translation>
    </message>
    <message>
        <source>Day without visits</source>
        <translation>Жолугушуусуз күн</translation>
    </message>
    <message>
        <source>Visitor of a visit</source>
        <translation>Жолугушуунун келүүчүсү</translation>
    </message>
    <message>
        <source>Item of a parcel</source>
        <translation>Посылканын ичиндегиси</translation>
    </message>
</context>
<context>
    <name>gate</name>
    <message>
        <source>Completed</source>
        <translation>Болду</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Келишкен жок</translation>
    </message>
    <message>
        <source>Failed the security check</source>
        <translation>Текшерүүдөн өткөн жок</translation>
    </message>
    <message>
        <source>Declined entry</source>
        <translation>Кирүүдөн баш тартылды</translation>
    </message>
    <message>
        <source>Terminated by staff</source>
        <translation>Администрация токтотту</translation>
    </message>
    <message>
        <source>Prisoner refused</source>
        <translation>Соттолгон баш тартты</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Short visit</source>
        <translation>Кыска мөөнөттүү жолугушуу</translation>
    </message>
    <message>
        <source>Long family visit</source>
        <translation>Узак мөөнөттүү үй-бүлөлүк жолугушуу</translation>
    </message>
    <message>
        <source>Lawyer visit</source>
        <translation>Адвокат менен жолугушуу</translation>
    </message>
    <message>
        <source>Official visit</source>
        <translation>Расмий жолугушуу</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <source>Draft</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Кармалууда</translation>
    </message>
    <message>
        <source>At court</source>
        <translation>Сотто</translation>
    </message>
    <message>
        <source>Arriving by transfer</source>
        <translation>Которуу менен келе жатат</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Которулган</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Бошотулган</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>On remand</source>
        <translation>Камакта</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Катаал</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Өзгөчө</translation>
    </message>
    <message>
        <source>Colony-settlement</source>
        <translation>Колония-конуш</translation>
    </message>
    <message>
        <source>Remand (SIZO)</source>
        <translation>Камакта (СИЗО)</translation>
    </message>
    <message>
        <source>No family or next of kin</source>
        <translation>Үй-бүлөсү жана жакын туугандары жок</translation>
    </message>
    <message>
        <source>The prisoner declined to name a contact</source>
        <translation>Байланыш берүүдөн баш тартты</translation>
    </message>
    <message>
        <source>identity (name, date of birth, sex)</source>
        <translation>инсандык маалымат (аты-жөнү, туулган күнү, жынысы)</translation>
    </message>
    <message>
        <source>legal basis (authority, decision, custody type)</source>
        <translation>укуктук негиз (орган, чечим, кармоо түрү)</translation>
    </message>
    <message>
        <source>regime and wing</source>
        <translation>режим жана блок</translation>
    </message>
    <message>
        <source>injury examination</source>
        <translation>жаракаттарды кароо</translation>
    </message>
    <message>
        <source>family or next-of-kin contact</source>
        <translation>үй-бүлөнүн же жакын туугандын байланышы</translation>
    </message>
    <message>
        <source>languages the prisoner understands</source>
        <translation>камалган түшүнгөн тилдер</translation>
    </message>
    <message>
        <source>rights and rules explained</source>
        <translation>укуктарды жана эрежелерди түшүндүрүү</translation>
    </message>
    <message>
        <source>The PIN does not match the date of birth.</source>
        <translation>ПИН туулган күнгө дал келбейт.</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Kyrgyz</source>
        <translation>Кыргызча</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орусча</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Өзбекче</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Тажикче</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казакча</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Уйгурча</translation>
    </message>
    <message>
        <source>Dungan</source>
        <translation>Дунганча</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <source>Intake</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Жолугушуулар</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Берүүлөр</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Устаканалар</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Баалоо</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрациялоо</translation>
    </message>
</context>
<context>
    <name>movements</name>
    <message>
        <source>Move to another wing or cell</source>
        <translation>Башка блокко же камерага которуу</translation>
    </message>
    <message>
        <source>Out to court</source>
        <translation>Сотко жөнөтүү</translation>
    </message>
    <message>
        <source>Back from court</source>
        <translation>Соттон кайтуу</translation>
    </message>
    <message>
        <source>Transfer to another facility</source>
        <translation>Башка мекемеге которуу</translation>
    </message>
    <message>
        <source>Arrival by transfer</source>
        <translation>Которуу менен келүү</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Бошотуу</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Кабыл алуу</translation>
    </message>
</context>
<context>
    <name>parcels</name>
    <message>
        <source>Handed in at the gate</source>
        <translation>Өткөрмө пунктта берилди</translation>
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
        <translation>даана</translation>
    </message>
    <message>
        <source>packs</source>
        <translation>таңгак</translation>
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
        <translation>Текшерүүнү күтүүдө</translation>
    </message>
    <message>
        <source>Awaiting handover</source>
        <translation>Берүүнү күтүүдө</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <source>Refused by the prisoner</source>
        <translation>Соттолгон баш тартты</translation>
    </message>
    <message>
        <source>Held: the prisoner has left</source>
        <translation>Кармалды: соттолгон кетти</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Жөнөтүлдү</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Жөнөтүүчүгө кайтарылды</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Берилди</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Рентген</translation>
    </message>
    <message>
        <source>Manual search</source>
        <translation>Кол менен текшерүү</translation>
    </message>
    <message>
        <source>X-ray and manual search</source>
        <translation>Рентген жана кол менен текшерүү</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Өткөрүлдү</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>To the medical service</source>
        <translation>Медициналык бөлүмгө</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Азык-түлүк</translation>
    </message>
    <message>
        <source>Clothing and footwear</source>
        <translation>Кийим жана бут кийим</translation>
    </message>
    <message>
        <source>Hygiene</source>
        <translation>Гигиена каражаттары</translation>
    </message>
    <message>
        <source>Books and stationery</source>
        <translation>Китептер жана кеңсе буюмдары</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Тамеки буюмдары</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Дары-дармектер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башкалар</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Алкоголь</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Баңгизат</translation>
    </message>
    <message>
        <source>Mobile phones and SIM cards</source>
        <translation>Мобилдик телефондор жана SIM-карталар</translation>
    </message>
    <message>
        <source>Sharp objects</source>
        <translation>Сайгыч жана кескич буюмдар</translation>
    </message>
    <message>
        <source>Cash over the limit</source>
        <translation>Лимиттен ашкан накталай акча</translation>
    </message>
    <message>
        <source>Medicines not prescribed</source>
        <translation>Дарыгер жазып бербеген дарылар</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Born: {date}</source>
        <translation>Туулган күнү: {date}</translation>
    </message>
    <message>
        <source>Wing: {wing}</source>
        <translation>Блок: {wing}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Буюм</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Сакталган жери</translation>
    </message>
    <message>
        <source>Receipt for stored property</source>
        <translation>Сактоого алынган жеке буюмдар үчүн квитанция</translation>
    </message>
    <message>
        <source>Items listed: {count}</source>
        <translation>Тизмедеги буюмдар: {count}</translation>
    </message>
    <message>
        <source>Prisoner's signature</source>
        <translation>Камалгандын колу</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Кызматкер: {name}</translation>
    </message>
    <message>
        <source>Short visit</source>
        <translation>Кыска мөөнөттүү жолугушуу</translation>
    </message>
    <message>
        <source>Long family visit</source>
        <translation>Узак мөөнөттүү үй-бүлөлүк жолугушуу</translation>
    </message>
    <message>
        <source>Lawyer visit</source>
        <translation>Адвокат менен жолугушуу</translation>
    </message>
    <message>
        <source>Official visit</source>
        <translation>Расмий жолугушуу</translation>
    </message>
    <message>
        <source>Come 30 minutes early with this pass and an identity document. Phones, money, food and medicines are left at the gate. Children come with an adult on this pass.</source>
        <translation>Бул уруксат кагазы жана инсандыгын тастыктаган документ менен 30 мүнөт эрте келиңиз. Телефондор, акча, азык-түлүк жана дары-дармектер өткөрүү пунктунда калтырылат. Балдар уруксат кагазында көрсөтүлгөн чоң киши менен өтүшөт.</translation>
    </message>
    <message>
        <source>If the barcode does not scan, type:</source>
        <translation>Штрих-код окулбаса, териңиз:</translation>
    </message>
    <message>
        <source>VISIT PASS</source>
        <translation>ЖОЛУГУШУУГА УРУКСАТ КАГАЗЫ</translation>
    </message>
    <message>
        <source>{day}, {starts}–{ends}, room: {room}</source>
        <translation>{day}, {starts}–{ends}, бөлмө: {room}</translation>
    </message>
    <message>
        <source>Prisoner: {name}</source>
        <translation>Соттолгон: {name}</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Келүүчүлөр</translation>
    </message>
    <message>
        <source>(child)</source>
        <translation>(бала)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Уруксат кагазы</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Көзөмөл номери</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Келүү жолу</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Жөнөтүүчү</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Weight, kg</source>
        <translation>Салмагы, кг</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Пломба</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позициялар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статусу</translation>
    </message>
    <message>
        <source>Confiscated</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Parcel log of {day}</source>
        <translation>{day} күнкү посылкалар журналы</translation>
    </message>
    <message>
        <source>Parcels: {count}</source>
        <translation>Посылкалар: {count}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Items left</source>
        <translation>Калтырылган буюмдар</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Кызматкерлер</translation>
    </message>
    <message>
        <source>Gate log of {day}</source>
        <translation>{day} күнкү өткөрүү пунктунун журналы</translation>
    </message>
    <message>
        <source>Visits: {count}</source>
        <translation>Жолугушуулар: {count}</translation>
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
        <translation>туулгандыгы тууралуу күбөлүк</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>айдоочулук күбөлүк</translation>
    </message>
    <message>
        <source>military ID</source>
        <translation>аскердик билет</translation>
    </message>
    <message>
        <source>residence permit</source>
        <translation>жашоого уруксат</translation>
    </message>
    <message>
        <source>lawyer's certificate</source>
        <translation>адвокаттын күбөлүгү</translation>
    </message>
    <message>
        <source>service ID</source>
        <translation>кызматтык күбөлүк</translation>
    </message>
    <message>
        <source>Keep this receipt. Its number lets you ask what became of the parcel; prohibited items are confiscated, and a parcel that cannot be handed over is returned.</source>
        <translation>Бул түшүрмөнү сактаңыз. Анын номери менен посылканын тагдырын биле аласыз; тыюу салынган буюмдар алынат, ал эми берүүгө мүмкүн болбогон посылка кайтарылат.</translation>
    </message>
    <message>
        <source>Received: {when}</source>
        <translation>Кабыл алынды: {when}</translation>
    </message>
    <message>
        <source>From: {sender}</source>
        <translation>Жөнөтүүчү: {sender}</translation>
    </message>
    <message>
        <source>PARCEL RECEIPT  {tracking}</source>
        <translation>ПОСЫЛКАНЫ КАБЫЛ АЛУУ ТҮШҮРМӨСҮ  {tracking}</translation>
    </message>
    <message>
        <source>For: {prisoner}</source>
        <translation>Алуучу: {prisoner}</translation>
    </message>
    <message>
        <source>Weight: {grams} g, seal: {seal}</source>
        <translation>Салмагы: {grams} г, пломба: {seal}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Ичиндегилер</translation>
    </message>
    <message>
        <source>Received by: {officer}</source>
        <translation>Кабыл алган: {officer}</translation>
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
        <translation>Саны</translation>
    </message>
    <message>
        <source>Prohibited item</source>
        <translation>Тыюу салынган буюм</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Берилди</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Берилген жок</translation>
    </message>
    <message>
        <source>PARCEL HANDOVER</source>
        <translation>ПОСЫЛКАНЫ БЕРҮҮ</translation>
    </message>
    <message>
        <source>Wing, cell</source>
        <translation>Блок, камера</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Текшерилди</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Буюмдар жок.</translation>
    </message>
    <message>
        <source>I have received the items listed above.</source>
        <translation>Жогоруда саналган буюмдарды алдым.</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Басылып чыккан күнү</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Сиздин планыңыз</translation>
    </message>
    <message>
        <source>Individual rehabilitation plan</source>
        <translation>Жеке реабилитация планы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөнү</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номери</translation>
    </message>
    <message>
        <source>Nothing is planned yet. We will make your plan together.</source>
        <translation>Азырынча эч нерсе пландалган жок. Планыңызды чогуу түзөбүз.</translation>
    </message>
    <message>
        <source>We talked about this plan together.</source>
        <translation>Бул планды чогуу талкууладык.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Сиз</translation>
    </message>
    <message>
        <source>We will look at your plan together again on {day}.</source>
        <translation>Планыңызды {day} күнү чогуу кайра карап чыгабыз.</translation>
    </message>
    <message>
        <source>We will agree with you when to look at your plan again.</source>
        <translation>Планыңызды качан кайра карап чыгарыбызды сиз менен макулдашабыз.</translation>
    </message>
    <message>
        <source>You can ask to talk about your plan at any time.</source>
        <translation>Планыңыз жөнүндө каалаган убакта сүйлөшүүнү сурасаңыз болот.</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>колу</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>аты-жөнү</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>Wage, pay period {first} – {last}</source>
        <translation>{first} – {last} эсептик мезгили үчүн эмгек акы</translation>
    </message>
    <message>
        <source>Paid out on release</source>
        <translation>Бошотулганда төлөө</translation>
    </message>
    <message>
        <source>This certifies that {prisoner} completed the training programme {programme} ({length_days} days, {first_day}–{last_day}) in the {workshop} workshop.</source>
        <translation>Ушул күбөлүк {prisoner} «{workshop}» устаканасында «{programme}» окуу программасын ({length_days} күн, {first_day}–{last_day}) аяктаганын тастыктайт.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Күбөлүк</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>In cooperation with {enterprise}</source>
        <translation>{enterprise} менен кызматташтыкта</translation>
    </message>
    <message>
        <source>Issued {day}</source>
        <translation>Берилген күнү: {day}</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Өндүрүштүк окутуу устасы</translation>
    </message>
    <message>
        <source>Head of the facility</source>
        <translation>Мекеменин башчысы</translation>
    </message>
    <message>
        <source>Place of the stamp</source>
        <translation>М. О.</translation>
    </message>
    <message>
        <source>The part held until release is set aside under Rule 103 of the Nelson Mandela Rules and paid on release.</source>
        <translation>Бошотулганга чейин сакталуучу бөлүгү Нельсон Манделанын эрежелеринин 103-эрежесине ылайык өзүнчө сакталат жана бошотулганда төлөнөт.</translation>
    </message>
    <message>
        <source>Opening balance on {day}</source>
        <translation>{day} абалы боюнча баштапкы калдык</translation>
    </message>
    <message>
        <source>Final statement on release</source>
        <translation>Бошотулгандагы жыйынтыктоочу көчүрмө</translation>
    </message>
    <message>
        <source>Deposit account statement</source>
        <translation>Депозиттик эсептен көчүрмө</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>Бул мезгилде көрсөтө турган маалымат жок.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Бул мезгилде операциялар болгон жок.</translation>
    </message>
    <message>
        <source>Closing balance on {day}</source>
        <translation>{day} абалы боюнча акыркы калдык</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>Басылып чыккан убакыт: {time}</translation>
    </message>
    <message>
        <source>Handover of the deposit card</source>
        <translation>Депозиттик картаны берүү</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>Бошотулган күнү</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банк картасы</translation>
    </message>
    <message>
        <source>Deposit account balance paid to the card</source>
        <translation>Картага которулган депозиттик эсептин калдыгы</translation>
    </message>
    <message>
        <source>Total paid to the card</source>
        <translation>Картага которулган жалпы сумма</translation>
    </message>
    <message>
        <source>I have received my deposit card with the balance above.</source>
        <translation>Жогоруда көрсөтүлгөн калдык менен депозиттик картамды алдым.</translation>
    </message>
    <message>
        <source>Work in a workshop and learn a trade</source>
        <translation>Устаканада иштеп, кесип үйрөнүү</translation>
    </message>
    <message>
        <source>Study: school lessons or a course</source>
        <translation>Окуу: мектеп сабактары же курстар</translation>
    </message>
    <message>
        <source>Talk with a psychologist</source>
        <translation>Психолог менен сүйлөшүү</translation>
    </message>
    <message>
        <source>Keep in touch with your family: letters, calls and visits</source>
        <translation>Үй-бүлөңүз менен байланышты үзбөө: каттар, чалуулар жана жолугушуулар</translation>
    </message>
    <message>
        <source>Get help to stay away from alcohol and drugs</source>
        <translation>Спирт ичимдиктеринен жана баңгизаттан алыс болууга жардам алуу</translation>
    </message>
    <message>
        <source>Get ready for release: documents, a place to live, work</source>
        <translation>Бошонууга даярдануу: документтер, турак жай, иш</translation>
    </message>
    <message>
        <source>Come to work on time. Ask the instructor to show you what you do not know yet.</source>
        <translation>Ишке убагында келиңиз. Азырынча билбеген нерселериңизди көрсөтүп берүүнү устадан сураңыз.</translation>
    </message>
    <message>
        <source>Go to every lesson. Ask the teacher when something is not clear.</source>
        <translation>Ар бир сабакка барыңыз. Бир нерсе түшүнүксүз болсо, мугалимден сураңыз.</translation>
    </message>
    <message>
        <source>Come to the meetings and talk about what is on your mind.</source>
        <translation>Жолугушууларга келип, сизди эмне тынчсыздандырып жатканын айтыңыз.</translation>
    </message>
    <message>
        <source>Write to your family or call them. Tell us who you would like to visit you.</source>
        <translation>Үй-бүлөңүзгө кат жазыңыз же чалыңыз. Сизге кимдин келишин каалай турганыңызды бизге айтыңыз.</translation>
    </message>
    <message>
        <source>Come to the group or to the psychologist. Ask for help when it is hard.</source>
        <translation>Топко же психологго келиңиз. Кыйын болгондо жардам сураңыз.</translation>
    </message>
    <message>
        <source>Tell us early which documents you have and where you want to live.</source>
        <translation>Кандай документтериңиз бар экенин жана кайда жашагыңыз келерин бизге алдын ала айтыңыз.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Азырынча башталган жок</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Башталды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Аткарылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>What we will do together</source>
        <translation>Чогуу эмне кылабыз</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Сиз эмне кыла аласыз</translation>
    </message>
    <message>
        <source>Who helps you</source>
        <translation>Сизге ким жардам берет</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Качанга чейин</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Абалы кандай</translation>
    </message>
    <message>
        <source>This is your plan: what we will do together while you are here, so that you are ready for life after release. Keep this paper. If something is not clear, ask the person who helps you.</source>
        <translation>Бул — сиздин планыңыз: бошонгондон кийинки жашоого даяр болушуңуз үчүн, ушул жерде жүргөндө биз чогуу эмнелерди жасай турганыбыз. Бул баракты сактап коюңуз. Бир нерсе түшүнүксүз болсо, сизге жардам берген адамдан сураңыз.</translation>
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
        <translation>Кармалгандардын саны блоктор жана режимдер боюнча</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Кабыл алынды</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Бошотулду</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Которуу менен келди</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Которуу менен кетти</translation>
    </message>
    <message>
        <source>From other wings</source>
        <translation>Башка блоктордон</translation>
    </message>
    <message>
        <source>To other wings</source>
        <translation>Башка блокторго</translation>
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
        <translation>Мезгилдин башында кармалгандар</translation>
    </message>
    <message>
        <source>Held at the end</source>
        <translation>Мезгилдин аягында кармалгандар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>No wing</source>
        <translation>Блоксуз</translation>
    </message>
    <message>
        <source>No regime</source>
        <translation>Режимсиз</translation>
    </message>
    <message>
        <source>Population over time</source>
        <translation>Кармалгандардын санынын өзгөрүшү</translation>
    </message>
    <message>
        <source>Population on the last day by wing</source>
        <translation>Акыркы күндөгү кармалгандардын саны блоктор боюнча</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Кармалгандар</translation>
    </message>
    <message>
        <source>Short visits</source>
        <translation>Кыска мөөнөттүү жолугушуулар</translation>
    </message>
    <message>
        <source>Long family visits</source>
        <translation>Узак мөөнөттүү үй-бүлөлүк жолугушуулар</translation>
    </message>
    <message>
        <source>Lawyer visits</source>
        <translation>Адвокат менен жолугушуулар</translation>
    </message>
    <message>
        <source>Official visits</source>
        <translation>Расмий жолугушуулар</translation>
    </message>
    <message>
        <source>Visits per day by kind</source>
        <translation>Жолугушуулар күндөр жана түрлөр боюнча</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Visits held</source>
        <translation>Болгон жолугушуулар</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>Келишкен жок</translation>
    </message>
    <message>
        <source>Refused entry</source>
        <translation>Киргизилген жок</translation>
    </message>
    <message>
        <source>Visits held per day by kind</source>
        <translation>Болгон жолугушуулар күндөр жана түрлөр боюнча</translation>
    </message>
    <message>
        <source>Gate log</source>
        <translation>Өткөрүү пунктунун журналы</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Уруксат кагазы</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Кирүү</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Келүүчү</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Prisoner no.</source>
        <translation>Соттолгондун №</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Соттолгон</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Жолугушуунун түрү</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Жыйынтык</translation>
    </message>
    <message>
        <source>Visitors in per day</source>
        <translation>Күн сайын кирген келүүчүлөр</translation>
    </message>
    <message>
        <source>Visitors in</source>
        <translation>Кирген келүүчүлөр</translation>
    </message>
    <message>
        <source>Parcels received per day</source>
        <translation>Кабыл алынган посылкалар күндөр боюнча</translation>
    </message>
    <message>
        <source>Items confiscated from parcels</source>
        <translation>Посылкалардан алынган буюмдар</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Берилди</translation>
    </message>
    <message>
        <source>Refused by the prisoner</source>
        <translation>Соттолгон баш тартты</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Жөнөтүүчүгө кайтарылды</translation>
    </message>
    <message>
        <source>Held: the prisoner has left</source>
        <translation>Кармалды: соттолгон кетти</translation>
    </message>
    <message>
        <source>Forwarded after the prisoner</source>
        <translation>Соттолгондун артынан жөнөтүлдү</translation>
    </message>
    <message>
        <source>Awaiting inspection or handover</source>
        <translation>Текшерүүнү же берүүнү күтүүдө</translation>
    </message>
    <message>
        <source>Parcels received</source>
        <translation>Кабыл алынган посылкалар</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Кабыл алынган позициялар</translation>
    </message>
    <message>
        <source>Prohibited item</source>
        <translation>Тыюу салынган буюм</translation>
    </message>
    <message>
        <source>Items confiscated</source>
        <translation>Алынган буюмдар</translation>
    </message>
    <message>
        <source>Parcels they were found in</source>
        <translation>Алар табылган посылкалар</translation>
    </message>
    <message>
        <source>Parcels received per day, by what became of them</source>
        <translation>Кабыл алынган посылкалар күндөр боюнча жана аларды иштетүүнүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Items confiscated by prohibited item</source>
        <translation>Алынган буюмдар тыюу салынган буюмдардын түрлөрү боюнча</translation>
    </message>
    <message>
        <source>Workshop attendance</source>
        <translation>Устаканаларга катышуу</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Устакана</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Өткөрүлгөн сабактар</translation>
    </message>
    <message>
        <source>Attendances expected</source>
        <translation>График боюнча ишке чыгуулар</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышкандар</translation>
    </message>
    <message>
        <source>Absent, excused</source>
        <translation>Жүйөлүү себеп менен келбегендер</translation>
    </message>
    <message>
        <source>Absent, not excused</source>
        <translation>Жүйөсүз себеп менен келбегендер</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Белгиленген эмес</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Катышуу деңгээли</translation>
    </message>
    <message>
        <source>Attendance rate by week</source>
        <translation>Жумалар боюнча катышуу</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Бардык устаканалар</translation>
    </message>
    <message>
        <source>Pay periods</source>
        <translation>Эсептик мезгилдер</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Мезгилдин башталышы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Мезгилдин аягы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Workers paid</source>
        <translation>Эмгек акы алгандар, киши</translation>
    </message>
    <message>
        <source>Half-day sessions paid</source>
        <translation>Төлөнгөн жарым күндүк сменалар</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Иштелген саат</translation>
    </message>
    <message>
        <source>Pieces made</source>
        <translation>Жасалган буюмдар, даана</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Эмгек акы</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>Учурдагы чыгымдарга</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>Бошотулганга чейин</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Бекитүүнү күтүүдө</translation>
    </message>
    <message>
        <source>Approved, wages posted</source>
        <translation>Бекитилди, эмгек акы которулду</translation>
    </message>
    <message>
        <source>Wages per pay period</source>
        <translation>Эсептик мезгилдер боюнча эмгек акы</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <source>Assessments and reviews due</source>
        <translation>Баалоолордун жана кайра кароолордун мөөнөттөрү</translation>
    </message>
    <message>
        <source>First assessments due</source>
        <translation>Мөөнөтү келген биринчи баалоолор</translation>
    </message>
    <message>
        <source>Assessment reviews due</source>
        <translation>Мөөнөтү келген баалоону кайра кароолор</translation>
    </message>
    <message>
        <source>Plan reviews due</source>
        <translation>Мөөнөтү келген планды кайра кароолор</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Өз убагында аткарылды</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Кечигип аткарылды</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мөөнөтү өттү</translation>
    </message>
    <message>
        <source>Not overdue yet</source>
        <translation>Мөөнөтү али өтө элек</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Жума</translation>
    </message>
    <message>
        <source>Overdue before the range</source>
        <translation>Мезгил башталганга чейин мөөнөтү өткөн</translation>
    </message>
    <message>
        <source>Assessments and reviews due per week</source>
        <translation>Жумалар боюнча баалоолордун жана кайра кароолордун мөөнөттөрү</translation>
    </message>
    <message>
        <source>How they were done, per week</source>
        <translation>Жумалар боюнча аткарылышы</translation>
    </message>
    <message>
        <source>Nelson Mandela Rules compliance</source>
        <translation>Нельсон Мандела эрежелеринин сакталышы</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлүм</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Кемчилик</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Жалпы санынан</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Пайызы</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Кабыл алуу</translation>
    </message>
    <message>
        <source>Family visits</source>
        <translation>Үй-бүлө менен жолугушуулар</translation>
    </message>
    <message>
        <source>Assessment and review</source>
        <translation>Баалоо жана кайра кароо</translation>
    </message>
    <message>
        <source>The gate</source>
        <translation>Өткөрүү пункту</translation>
    </message>
    <message>
        <source>No injury examination (Rules 7–8)</source>
        <translation>Дене жаракаттарына кароо жүргүзүлгөн эмес (7–8-эрежелер)</translation>
    </message>
    <message>
        <source>No family or next of kin recorded (Rule 7(e))</source>
        <translation>Үй-бүлөсү же жакын туугандары жазылган эмес (7(e)-эреже)</translation>
    </message>
    <message>
        <source>Rights not explained (Rules 54–55)</source>
        <translation>Укуктары түшүндүрүлгөн эмес (54–55-эрежелер)</translation>
    </message>
    <message>
        <source>No family visit for 30 days (Rule 58)</source>
        <translation>30 күн бою үй-бүлө менен жолугушуу болгон эмес (58-эреже)</translation>
    </message>
    <message>
        <source>First assessment overdue</source>
        <translation>Биринчи баалоонун мөөнөтү өтүп кеткен</translation>
    </message>
    <message>
        <source>Assessment review overdue</source>
        <translation>Баалоону кайра кароонун мөөнөтү өтүп кеткен</translation>
    </message>
    <message>
        <source>Plan review overdue</source>
        <translation>Планды кайра кароонун мөөнөтү өтүп кеткен</translation>
    </message>
    <message>
        <source>Visitors left inside at the close of the day</source>
        <translation>Күндүн аягында ичинде калган келүүчүлөр</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Кемчиликтер</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Gate officer</source>
        <translation>КПП кызматкери</translation>
    </message>
    <message>
        <source>Registry officer</source>
        <translation>Атайын бөлүмдүн кызматкери</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Социалдык кызматкер</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Психолог</translation>
    </message>
    <message>
        <source>Workshop instructor</source>
        <translation>Өндүрүштүк окутуу устасы</translation>
    </message>
    <message>
        <source>Wing supervisor</source>
        <translation>Отряддын башчысы</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Headquarters viewer</source>
        <translation>Борбордук аппарат (көрүү)</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Колдонуучуларды башкаруу</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Аудит журналын көрүү</translation>
    </message>
    <message>
        <source>Find and view prisoners</source>
        <translation>Камалгандарды издөө жана көрүү</translation>
    </message>
    <message>
        <source>Read whole prisoner files (PIN, documents, legal basis) and print ID cards</source>
        <translation>Жеке иштерди толук окуу (ПИН, документтер, укуктук негиз) жана күбөлүктөрдү басып чыгаруу</translation>
    </message>
    <message>
        <source>Admit and edit prisoners</source>
        <translation>Камалгандарды кабыл алуу жана өзгөртүү</translation>
    </message>
    <message>
        <source>Check visitors in and out</source>
        <translation>Келүүчүлөрдү өткөрүү</translation>
    </message>
    <message>
        <source>Manage visitors and bookings</source>
        <translation>Келүүчүлөр жана жолугушууга жазылуу</translation>
    </message>
    <message>
        <source>Receive and hand over parcels</source>
        <translation>Берүүлөрдү кабыл алуу жана тапшыруу</translation>
    </message>
    <message>
        <source>Record workshop attendance</source>
        <translation>Устаканага катышууну белгилөө</translation>
    </message>
    <message>
        <source>Manage workshops and pay</source>
        <translation>Устаканалар жана эмгек акы</translation>
    </message>
    <message>
        <source>Write assessments and plans</source>
        <translation>Баалоолорду жана пландарды түзүү</translation>
    </message>
    <message>
        <source>Read assessments, plans and restricted case notes</source>
        <translation>Баалоолорду, пландарды жана жеткиликтүүлүгү чектелген жазууларды көрүү</translation>
    </message>
    <message>
        <source>Write case notes (what staff observe and do with a prisoner)</source>
        <translation>Жеке иште жазуу жүргүзүү (кызматкерлердин байкоолору жана соттолгон менен иш)</translation>
    </message>
    <message>
        <source>Approve and override</source>
        <translation>Бекитүү жана чечимди өзгөртүү</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>Отчетторду көрүү</translation>
    </message>
    <message>
        <source>Configure the facility</source>
        <translation>Мекемени жөндөө</translation>
    </message>
    <message>
        <source>Read injuries and complaints noted</source>
        <translation>Белгиленген жаракаттарды жана арыздарды көрүү</translation>
    </message>
    <message>
        <source>Export the registry</source>
        <translation>Реестрди экспорттоо</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>The database {path} is in use by another program, which keeps it locked. Close that program (or the other PrisonDesk window) and try again; nothing was changed.</source>
        <translation>{path} маалымат базасын башка программа колдонуп, аны бөгөттөп турат. Ал программаны (же PrisonDesk'тин башка терезесин) жаап, кайра аракет кылыңыз; эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>{where} cannot be written (read-only). Give this user write access to the data folder {folder}, or choose another data folder with --home.</source>
        <translation>{where} ичине жазууга болбойт (окуу үчүн гана). Бул колдонуучуга {folder} маалымат папкасына жазуу укугун бериңиз же --home менен башка маалымат папкасын тандаңыз.</translation>
    </message>
    <message>
        <source>{where} cannot be written: {reason}.</source>
        <translation>{where} ичине жазууга болбойт: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the database in {folder}: the folder is read-only. Choose another data folder with --home.</source>
        <translation>{folder} ичинде маалымат базасын түзүү мүмкүн эмес: папка окуу үчүн гана. --home аркылуу башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Ask support to give this user write access to the file and its folder.</source>
        <translation>{path} маалымат базасы окуу үчүн гана. Колдоо кызматынан бул колдонуучуга файлга жана анын папкасына жазуу укугун берүүнү сураныңыз.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({fault}). Nothing was changed. Restore a backup from {backups} with 'prisondesk restore'.</source>
        <translation>{path} маалымат базасы бузулган ({fault}). Эч нерсе өзгөргөн жок. {backups} ичиндеги камдык көчүрмөнү 'prisondesk restore' буйругу менен калыбына келтириңиз.</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of PrisonDesk (schema {revision}). Install that version or newer; the file was not changed.</source>
        <translation>{path} маалымат базасы PrisonDeskтин жаңыраак версиясында түзүлгөн (схема {revision}). Ошол же жаңыраак версияны орнотуңуз; файл өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Creating the database {path} failed ({error}).</source>
        <translation>{path} маалымат базасын түзүү ишке ашкан жок ({error}).</translation>
    </message>
    <message>
        <source>Updating the database failed ({error}). A backup made just before is at {backup}.</source>
        <translation>Маалымат базасын жаңылоо ишке ашкан жок ({error}). Андан мурун жасалган камдык көчүрмө: {backup}.</translation>
    </message>
    <message>
        <source>PrisonDesk cannot start</source>
        <translation>PrisonDesk ишке кире албайт</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created or written ({error}). Choose another data folder with --home.</source>
        <translation>{folder} маалымат папкасын түзүү же ага жазуу мүмкүн эмес ({error}). --home аркылуу башка папканы тандаңыз.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be opened ({error}): this Windows account is not in the group “{group}”. An administrator adds it (net localgroup "{group}" ACCOUNT /add); then sign in to Windows again.</source>
        <translation>{folder} маалымат папкасын ачуу мүмкүн эмес ({error}): бул Windows каттоо эсеби «{group}» тобунда жок. Администратор аны кошот (net localgroup "{group}" КАТТОО_ЭСЕБИ /add); андан кийин Windows'ко кайра кириңиз.</translation>
    </message>
    <message>
        <source>PrisonDesk is already running with this data folder. Use the window that is open.</source>
        <translation>PrisonDesk бул маалымат папкасы менен мурунтан эле иштеп жатат. Ачык терезени колдонуңуз.</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Камдык көчүрмөнү калыбына келтирүү</translation>
    </message>
    <message>
        <source>The backup {file} was restored. The replaced database was kept as {kept}.</source>
        <translation>{file} камдык көчүрмөсү калыбына келтирилди. Алмаштырылган база {kept} катары сакталды.</translation>
    </message>
    <message>
        <source>The backup {file} was not restored, and the database was not changed: {reason}</source>
        <translation>{file} камдык көчүрмөсү калыбына келтирилген жок, маалымат базасы өзгөргөн жок: {reason}</translation>
    </message>
    <message>
        <source>{file} beside the program cannot be read ({error}), so the data folder is unknown. Install PrisonDesk again (its data is kept), or have support repair the file.</source>
        <translation>Программанын жанындагы {file} файлы окулбайт ({error}), ошондуктан маалымат папкасы белгисиз. PrisonDesk'ти кайра орнотуңуз (маалыматтар сакталат) же колдоо кызматынан файлды оңдоону сураныңыз.</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Monday</source>
        <translation>Дүйшөмбү</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Шейшемби</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Шаршемби</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Бейшемби</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Жума</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Ишемби</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Жекшемби</translation>
    </message>
</context>
<context>
    <name>workshops</name>
    <message>
        <source>Spendable</source>
        <translation>Учурдагы чыгымдарга</translation>
    </message>
    <message>
        <source>Held until release</source>
        <translation>Бошотулганга чейин</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Түшкө чейин</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Түштөн кийин</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>Толук күн</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Ооруп калды</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Дем алыш күнү</translation>
    </message>
    <message>
        <source>Refused to work</source>
        <translation>Иштөөдөн баш тартты</translation>
    </message>
    <message>
        <source>Elsewhere (visit, court, medical)</source>
        <translation>Башка жерде (жолугушуу, сот, медициналык бөлүм)</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Башка себеп</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Каралууда</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекитилген</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Четке кагылган</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Орун берилген</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Тизмеден чыгарылган</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Өзү баш тарткан</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяктаган</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Четтетилген</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Бошотулган</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Коопсуздук себептери боюнча</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Ден соолугуна байланыштуу</translation>
    </message>
    <message>
        <source>Own request</source>
        <translation>Өз каалоосу боюнча</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Которулган</translation>
    </message>
    <message>
        <source>per full-day session</source>
        <translation>смена үчүн (толук күн)</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>саатына</translation>
    </message>
    <message>
        <source>per piece</source>
        <translation>даанасына</translation>
    </message>
</context>
</TS>
