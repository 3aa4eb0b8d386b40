; The installer's own strings in Russian, Kyrgyz and English (prisondesk.nsi).
; Variables ($DataFolder, $0, $R0) are filled in when a string is shown.

LangString WindowsTooOld ${LANG_RUSSIAN} "Для PrisonDesk нужна 64-разрядная Windows 10 или новее."
LangString WindowsTooOld ${LANG_KYRGYZ} "PrisonDesk үчүн 64-биттик Windows 10 же андан жаңысы керек."
LangString WindowsTooOld ${LANG_ENGLISH} "PrisonDesk needs 64-bit Windows 10 or newer."

LangString AccountsTitle ${LANG_RUSSIAN} "Пользователи PrisonDesk"
LangString AccountsTitle ${LANG_KYRGYZ} "PrisonDesk колдонуучулары"
LangString AccountsTitle ${LANG_ENGLISH} "Who uses PrisonDesk"

LangString AccountsSubtitle ${LANG_RUSSIAN} "Учётные записи Windows, которым открыты программа и её данные."
LangString AccountsSubtitle ${LANG_KYRGYZ} "Программа жана анын маалыматтары ачык болгон Windows каттоо эсептери."
LangString AccountsSubtitle ${LANG_ENGLISH} "The Windows accounts that may open the program and its data."

LangString AccountsText ${LANG_RUSSIAN} "В папке данных (ProgramData\PrisonDesk) хранятся персональные и медицинские данные: она открыта только группе Windows «${USERS_GROUP}», администраторам и системе. Укажите через запятую учётные записи Windows этого рабочего места, под которыми будут работать в PrisonDesk; они войдут в группу:"
LangString AccountsText ${LANG_KYRGYZ} "Маалымат папкасында (ProgramData\PrisonDesk) жеке жана медициналык маалыматтар сакталат: ал Windows'тун «${USERS_GROUP}» тобуна, администраторлорго жана системага гана ачык. Бул жумуш ордунда PrisonDesk менен иштей турган Windows каттоо эсептерин үтүр менен бөлүп жазыңыз; алар топко кошулат:"
LangString AccountsText ${LANG_ENGLISH} "The data folder (ProgramData\PrisonDesk) holds personal and medical data: it is open only to the Windows group “${USERS_GROUP}”, administrators and the system. Name the Windows accounts of this workstation that will work in PrisonDesk, separated by commas; they join the group:"

LangString AccountsLater ${LANG_RUSSIAN} "Позже учётную запись может добавить администратор:$\r$\nnet localgroup $\"${USERS_GROUP}$\" ИМЯ /add"
LangString AccountsLater ${LANG_KYRGYZ} "Кийин каттоо эсебин администратор кошо алат:$\r$\nnet localgroup $\"${USERS_GROUP}$\" АТЫ /add"
LangString AccountsLater ${LANG_ENGLISH} "An administrator can add an account later:$\r$\nnet localgroup $\"${USERS_GROUP}$\" NAME /add"

LangString AccountsEmpty ${LANG_RUSSIAN} "Укажите хотя бы одну учётную запись Windows, под которой будут работать в PrisonDesk."
LangString AccountsEmpty ${LANG_KYRGYZ} "PrisonDesk менен иштей турган жок дегенде бир Windows каттоо эсебин жазыңыз."
LangString AccountsEmpty ${LANG_ENGLISH} "Name at least one Windows account that will work in PrisonDesk."

LangString AccountNotAdded ${LANG_RUSSIAN} "Учётная запись $R0 не добавлена в группу «${USERS_GROUP}» (код $0): она уже в группе или её имя неверно."
LangString AccountNotAdded ${LANG_KYRGYZ} "$R0 каттоо эсеби «${USERS_GROUP}» тобуна кошулган жок (код $0): ал топто мурунтан бар же аты туура эмес."
LangString AccountNotAdded ${LANG_ENGLISH} "The account $R0 was not added to the group “${USERS_GROUP}” (code $0): it is a member already, or its name is wrong."

LangString GroupComment ${LANG_RUSSIAN} "Учётные записи Windows, работающие в PrisonDesk"
LangString GroupComment ${LANG_KYRGYZ} "PrisonDesk менен иштеген Windows каттоо эсептери"
LangString GroupComment ${LANG_ENGLISH} "Windows accounts that work in PrisonDesk"

LangString AclFailed ${LANG_RUSSIAN} "Не удалось задать права доступа к $DataFolder (icacls: код $0); самопроверка PrisonDesk покажет, что открыто."
LangString AclFailed ${LANG_KYRGYZ} "$DataFolder папкасына кирүү укуктары коюлган жок (icacls: код $0); PrisonDesk'тин өзүн-өзү текшерүүсү эмне ачык экенин көрсөтөт."
LangString AclFailed ${LANG_ENGLISH} "The access rights of $DataFolder could not be set (icacls: code $0); the PrisonDesk self-test says what is open."

LangString ProgramDescription ${LANG_RUSSIAN} "Учёт осуждённых, свидания, передачи, мастерские и оценка"
LangString ProgramDescription ${LANG_KYRGYZ} "Соттолгондорду каттоо, жолугушуулар, берүүлөр, устаканалар жана баалоо"
LangString ProgramDescription ${LANG_ENGLISH} "Registry, visits, parcels, workshops and assessments of a penal facility"

LangString SelftestShortcut ${LANG_RUSSIAN} "Самопроверка PrisonDesk"
LangString SelftestShortcut ${LANG_KYRGYZ} "PrisonDesk өзүн-өзү текшерүү"
LangString SelftestShortcut ${LANG_ENGLISH} "PrisonDesk self-test"

LangString SelftestDescription ${LANG_RUSSIAN} "Проверяет установленную программу и её папку данных"
LangString SelftestDescription ${LANG_KYRGYZ} "Орнотулган программаны жана анын маалымат папкасын текшерет"
LangString SelftestDescription ${LANG_ENGLISH} "Checks the installed program and its data folder"

LangString UninstallShortcut ${LANG_RUSSIAN} "Удалить PrisonDesk"
LangString UninstallShortcut ${LANG_KYRGYZ} "PrisonDesk'ти өчүрүү"
LangString UninstallShortcut ${LANG_ENGLISH} "Uninstall PrisonDesk"

LangString SelftestRunning ${LANG_RUSSIAN} "Проверка установленной программы (selftest)…"
LangString SelftestRunning ${LANG_KYRGYZ} "Орнотулган программа текшерилүүдө (selftest)…"
LangString SelftestRunning ${LANG_ENGLISH} "Checking the installed program (selftest)…"

LangString FinishTitle ${LANG_RUSSIAN} "PrisonDesk установлен"
LangString FinishTitle ${LANG_KYRGYZ} "PrisonDesk орнотулду"
LangString FinishTitle ${LANG_ENGLISH} "PrisonDesk is installed"

LangString SelftestPassed ${LANG_RUSSIAN} "Самопроверка установленной программы пройдена.$\r$\n$\r$\nПапка данных: $DataFolder$\r$\n$\r$\nУчётные записи, добавленные в группу «${USERS_GROUP}», смогут открыть программу после повторного входа в Windows. Запустите PrisonDesk из меню «Пуск» или с рабочего стола. При первом запуске программа спросит учреждение и первую учётную запись или код регистрации центрального сервера."
LangString SelftestPassed ${LANG_KYRGYZ} "Орнотулган программа өзүн-өзү текшерүүдөн ийгиликтүү өттү.$\r$\n$\r$\nМаалымат папкасы: $DataFolder$\r$\n$\r$\n«${USERS_GROUP}» тобуна кошулган каттоо эсептери программаны Windows'ко кайра киргенден кийин ача алышат. PrisonDesk'ти «Пуск» менюсунан же иш столунан ачыңыз. Биринчи ачылганда программа мекемени жана биринчи каттоо эсебин же борбордук сервердин каттоо кодун сурайт."
LangString SelftestPassed ${LANG_ENGLISH} "The self-test of the installed program passed.$\r$\n$\r$\nData folder: $DataFolder$\r$\n$\r$\nThe accounts added to the group “${USERS_GROUP}” open it once they have signed in to Windows again. Start PrisonDesk from the Start menu or the desktop. At its first start it asks for the facility and the first account, or for the enrolment code of the central server."

LangString SelftestFailed ${LANG_RUSSIAN} "Программа установлена, но самопроверка не пройдена (код $0). Что не так, видно в строках установки, в пункте «Самопроверка PrisonDesk» меню «Пуск» и в файле$\r$\n$DataFolder\selftest.json;$\r$\nотправьте их в службу поддержки."
LangString SelftestFailed ${LANG_KYRGYZ} "Программа орнотулду, бирок өзүн-өзү текшерүүдөн өткөн жок (код $0). Эмне туура эмес экени орнотуунун саптарында, «Пуск» менюсундагы «PrisonDesk өзүн-өзү текшерүү» пунктунда жана$\r$\n$DataFolder\selftest.json$\r$\nфайлында көрүнөт; аларды колдоо кызматына жөнөтүңүз."
LangString SelftestFailed ${LANG_ENGLISH} "The program is installed, but its self-test failed (code $0). The lines of the installation, the Start menu item “PrisonDesk self-test” and the file$\r$\n$DataFolder\selftest.json$\r$\nsay what failed; send them to support."

LangString DataKept ${LANG_RUSSIAN} "Папка данных $DataFolder и группа Windows «${USERS_GROUP}» сохранены: новая установка снова использует их. Удаляйте их вручную, только когда данные переданы в архив."
LangString DataKept ${LANG_KYRGYZ} "$DataFolder маалымат папкасы жана Windows'тун «${USERS_GROUP}» тобу сакталды: жаңы орнотуу аларды кайра колдонот. Маалыматтар архивге өткөрүлгөндөн кийин гана аларды кол менен өчүрүңүз."
LangString DataKept ${LANG_ENGLISH} "The data folder $DataFolder and the Windows group “${USERS_GROUP}” are kept: a new installation uses them again. Delete them by hand only once the data has been archived."
LangString ProgramRunning ${LANG_RUSSIAN} "PrisonDesk запущен на этом компьютере (возможно, под другой учётной записью Windows). Закройте его везде и нажмите «Повторить»."
LangString ProgramRunning ${LANG_KYRGYZ} "PrisonDesk бул компьютерде иштеп жатат (балким, башка Windows каттоо эсебинде). Аны бардык жерде жаап, «Повторить» баскычын басыңыз."
LangString ProgramRunning ${LANG_ENGLISH} "PrisonDesk is running on this computer (perhaps under another Windows account). Close it everywhere, then press Retry."

LangString FinishTitleFailed ${LANG_RUSSIAN} "PrisonDesk установлен, но самопроверка не пройдена"
LangString FinishTitleFailed ${LANG_KYRGYZ} "PrisonDesk орнотулду, бирок текшерүүдөн өткөн жок"
LangString FinishTitleFailed ${LANG_ENGLISH} "PrisonDesk is installed, but its self-test failed"

LangString SelftestPassedLine ${LANG_RUSSIAN} "Самопроверка установленной программы пройдена."
LangString SelftestPassedLine ${LANG_KYRGYZ} "Орнотулган программа текшерүүдөн ийгиликтүү өттү."
LangString SelftestPassedLine ${LANG_ENGLISH} "The self-test of the installed program passed."

LangString SelftestFailedLine ${LANG_RUSSIAN} "Самопроверка не пройдена (код $0): что не так, видно в строках выше."
LangString SelftestFailedLine ${LANG_KYRGYZ} "Өзүн-өзү текшерүүдөн өткөн жок (код $0): эмне туура эмес экени жогорку саптарда көрүнөт."
LangString SelftestFailedLine ${LANG_ENGLISH} "The self-test failed (code $0): the lines above say what failed."

LangString DataKeptLine ${LANG_RUSSIAN} "Данные сохранены: $DataFolder"
LangString DataKeptLine ${LANG_KYRGYZ} "Маалыматтар сакталды: $DataFolder"
LangString DataKeptLine ${LANG_ENGLISH} "Data kept: $DataFolder"

; NSIS's Russian gives "&Детали..." and "&Далее >" the same letter: ours differs
LangString ^ShowDetailsBtn ${LANG_RUSSIAN} "&Подробнее..."
