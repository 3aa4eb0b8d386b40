;Language: Kyrgyz (1088)
;Kyrgyz (ky-KG) Modern UI / MultiUser language file for PrisonDesk.
;Derived from NSIS's Russian.nsh (NSIS, zlib/libpng licence; Russian
;translation updated by Dmitry Yerokhin) and translated into Kyrgyz for
;PrisonDesk. This is an altered version of the original NSIS language file.

!insertmacro LANGFILE "Kyrgyz" = "Кыргызча" "Kyrgyzcha"

!ifdef MUI_WELCOMEPAGE
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TITLE "$(^NameDA) программасын орнотууга кош келиңиз"
  ${LangFileString} MUI_TEXT_WELCOME_INFO_TEXT "$(^NameDA) программасы компьютериңизге орнотулат.$\r$\n$\r$\nОрнотууну баштоодон мурун иштеп жаткан бардык программаларды жабуу сунушталат. Бул орнотуу программасына системалык файлдарды компьютерди кайра жүктөбөстөн жаңыртууга мүмкүндүк берет.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_UNWELCOMEPAGE
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TITLE "$(^NameDA) программасын өчүрүүгө кош келиңиз"
  ${LangFileString} MUI_UNTEXT_WELCOME_INFO_TEXT "$(^NameDA) программасы компьютериңизден өчүрүлөт.$\r$\n$\r$\nӨчүрүүнү баштоодон мурун $(^NameDA) программасы иштеп жатпаганын текшериңиз.$\r$\n$\r$\n$_CLICK"
!endif

!ifdef MUI_LICENSEPAGE
  ${LangFileString} MUI_TEXT_LICENSE_TITLE "Лицензиялык келишим"
  ${LangFileString} MUI_TEXT_LICENSE_SUBTITLE "$(^NameDA) программасын орнотуудан мурун лицензиялык келишим менен таанышып чыгыңыз."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM "Эгер келишимдин шарттарын кабыл алсаңыз, $\"Мен макулмун$\" баскычын басыңыз. Программаны орнотуу үчүн келишимди кабыл алуу зарыл."
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_CHECKBOX "Эгер келишимдин шарттарын кабыл алсаңыз, төмөнкү кутучага белги коюңуз. Программаны орнотуу үчүн келишимди кабыл алуу зарыл. $_CLICK"
  ${LangFileString} MUI_INNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Эгер келишимдин шарттарын кабыл алсаңыз, төмөндө сунушталган варианттардын биринчисин тандаңыз. Программаны орнотуу үчүн келишимди кабыл алуу зарыл. $_CLICK"
!endif

!ifdef MUI_UNLICENSEPAGE
  ${LangFileString} MUI_UNTEXT_LICENSE_TITLE "Лицензиялык келишим"
  ${LangFileString} MUI_UNTEXT_LICENSE_SUBTITLE "$(^NameDA) программасын өчүрүүдөн мурун лицензиялык келишим менен таанышып чыгыңыз."
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM "Эгер келишимдин шарттарын кабыл алсаңыз, $\"Мен макулмун$\" баскычын басыңыз. Өчүрүү үчүн келишимди кабыл алуу зарыл. $_CLICK"
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_CHECKBOX "Эгер келишимдин шарттарын кабыл алсаңыз, төмөнкү кутучага белги коюңуз. Өчүрүү үчүн келишимди кабыл алуу зарыл. $_CLICK"
  ${LangFileString} MUI_UNINNERTEXT_LICENSE_BOTTOM_RADIOBUTTONS "Эгер келишимдин шарттарын кабыл алсаңыз, төмөндө сунушталган варианттардын биринчисин тандаңыз. Өчүрүү үчүн келишимди кабыл алуу зарыл. $_CLICK"
!endif

!ifdef MUI_LICENSEPAGE | MUI_UNLICENSEPAGE
  ${LangFileString} MUI_INNERTEXT_LICENSE_TOP "Текстти жылдыруу үчүн $\"PageUp$\" жана $\"PageDown$\" баскычтарын колдонуңуз."
!endif

!ifdef MUI_COMPONENTSPAGE
  ${LangFileString} MUI_TEXT_COMPONENTS_TITLE "Орнотула турган программанын компоненттери"
  ${LangFileString} MUI_TEXT_COMPONENTS_SUBTITLE "$(^NameDA) программасынын орнотула турган компоненттерин тандаңыз."
!endif

!ifdef MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_UNTEXT_COMPONENTS_TITLE "Программанын компоненттери"
  ${LangFileString} MUI_UNTEXT_COMPONENTS_SUBTITLE "$(^NameDA) программасынын өчүрүлө турган компоненттерин тандаңыз."
!endif

!ifdef MUI_COMPONENTSPAGE | MUI_UNCOMPONENTSPAGE
  ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_TITLE "Сүрөттөмө"
  !ifndef NSIS_CONFIG_COMPONENTPAGE_ALTERNATIVE
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Компоненттин сүрөттөмөсүн окуу үчүн чычкандын курсорун анын аталышына алып барыңыз."
  !else
    ${LangFileString} MUI_INNERTEXT_COMPONENTS_DESCRIPTION_INFO "Компоненттин сүрөттөмөсүн көрүү үчүн аны тандаңыз."
  !endif
!endif

!ifdef MUI_DIRECTORYPAGE
  ${LangFileString} MUI_TEXT_DIRECTORY_TITLE "Орнотуу папкасын тандоо"
  ${LangFileString} MUI_TEXT_DIRECTORY_SUBTITLE "$(^NameDA) программасы орнотула турган папканы тандаңыз."
!endif

!ifdef MUI_UNDIRECTORYPAGE
  ${LangFileString} MUI_UNTEXT_DIRECTORY_TITLE "Өчүрүлө турган папканы тандоо"
  ${LangFileString} MUI_UNTEXT_DIRECTORY_SUBTITLE "$(^NameDA) программасы өчүрүлө турган папканы көрсөтүңүз."
!endif

!ifdef MUI_INSTFILESPAGE
  ${LangFileString} MUI_TEXT_INSTALLING_TITLE "Файлдарды көчүрүү"
  ${LangFileString} MUI_TEXT_INSTALLING_SUBTITLE "Күтө туруңуз, $(^NameDA) программасынын файлдары көчүрүлүүдө..."
  ${LangFileString} MUI_TEXT_FINISH_TITLE "Орнотуу аяктады"
  ${LangFileString} MUI_TEXT_FINISH_SUBTITLE "Орнотуу ийгиликтүү аяктады."
  ${LangFileString} MUI_TEXT_ABORT_TITLE "Орнотуу токтотулду"
  ${LangFileString} MUI_TEXT_ABORT_SUBTITLE "Орнотуу аягына чыккан жок."
!endif

!ifdef MUI_UNINSTFILESPAGE
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_TITLE "Өчүрүү"
  ${LangFileString} MUI_UNTEXT_UNINSTALLING_SUBTITLE "Күтө туруңуз, $(^NameDA) программасынын файлдары өчүрүлүүдө..."
  ${LangFileString} MUI_UNTEXT_FINISH_TITLE "Өчүрүү аяктады"
  ${LangFileString} MUI_UNTEXT_FINISH_SUBTITLE "Программаны өчүрүү ийгиликтүү аяктады."
  ${LangFileString} MUI_UNTEXT_ABORT_TITLE "Өчүрүү токтотулду"
  ${LangFileString} MUI_UNTEXT_ABORT_SUBTITLE "Өчүрүү толук аткарылган жок."
!endif

!ifdef MUI_FINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_INFO_TITLE "$(^NameDA) программасын орнотууну аяктоо"
  ${LangFileString} MUI_TEXT_FINISH_INFO_TEXT "$(^NameDA) программасын орнотуу аяктады.$\r$\n$\r$\nОрнотуу программасынан чыгуу үчүн $\"Даяр$\" баскычын басыңыз."
  ${LangFileString} MUI_TEXT_FINISH_INFO_REBOOT "$(^NameDA) программасын орнотууну аяктоо үчүн компьютерди кайра жүктөө зарыл. Муну азыр аткарууну каалайсызбы?"
!endif

!ifdef MUI_UNFINISHPAGE
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TITLE "$(^NameDA) программасын өчүрүүнү аяктоо"
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_TEXT "$(^NameDA) программасы компьютериңизден өчүрүлдү.$\r$\n$\r$\nӨчүрүү программасынан чыгуу үчүн $\"Даяр$\" баскычын басыңыз."
  ${LangFileString} MUI_UNTEXT_FINISH_INFO_REBOOT "$(^NameDA) программасын өчүрүүнү аяктоо үчүн компьютерди кайра жүктөө керек. Муну азыр аткарууну каалайсызбы?"
!endif

!ifdef MUI_FINISHPAGE | MUI_UNFINISHPAGE
  ${LangFileString} MUI_TEXT_FINISH_REBOOTNOW "Ооба, компьютерди азыр кайра жүктөө"
  ${LangFileString} MUI_TEXT_FINISH_REBOOTLATER "Жок, компьютерди кийинчерээк өзүм кайра жүктөйм"
  ${LangFileString} MUI_TEXT_FINISH_RUN "$(^NameDA) программасын &иштетүү"
  ${LangFileString} MUI_TEXT_FINISH_SHOWREADME "ReadMe файлын &көрсөтүү"
  ${LangFileString} MUI_BUTTONTEXT_FINISH "&Даяр"
!endif

!ifdef MUI_STARTMENUPAGE
  ${LangFileString} MUI_TEXT_STARTMENU_TITLE "$\"Пуск$\" менюсундагы папка"
  ${LangFileString} MUI_TEXT_STARTMENU_SUBTITLE "Программанын ярлыктарын жайгаштыруу үчүн $\"Пуск$\" менюсундагы папканы тандаңыз."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_TOP "Программанын ярлыктары жайгаштырыла турган $\"Пуск$\" менюсундагы папканы тандаңыз. Ошондой эле папканын башка атын киргизсеңиз болот."
  ${LangFileString} MUI_INNERTEXT_STARTMENU_CHECKBOX "Ярлыктарды түзбөө"
!endif

!ifdef MUI_UNCONFIRMPAGE
  ${LangFileString} MUI_UNTEXT_CONFIRM_TITLE "$(^NameDA) программасын өчүрүү"
  ${LangFileString} MUI_UNTEXT_CONFIRM_SUBTITLE "$(^NameDA) программасын компьютерден өчүрүү."
!endif

!ifdef MUI_ABORTWARNING
  ${LangFileString} MUI_TEXT_ABORTWARNING "$(^Name) программасын орнотууну чын эле жокко чыгаргыңыз келеби?"
!endif

!ifdef MUI_UNABORTWARNING
  ${LangFileString} MUI_UNTEXT_ABORTWARNING "$(^Name) программасын өчүрүүнү чын эле жокко чыгаргыңыз келеби?"
!endif

!ifdef MULTIUSER_INSTALLMODEPAGE
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_TITLE "Орнотуу режими"
  ${LangFileString} MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "$(^NameDA) программасын кайсы колдонуучулар үчүн орнотууну тандаңыз."
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_TOP "$(^NameDA) программасын өзүңүз үчүн гана же бул компьютердин бардык колдонуучулары үчүн орнотууну тандаңыз. $(^ClickNext)"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Бардык колдонуучулар үчүн орнотуу"
  ${LangFileString} MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Учурдагы колдонуучу үчүн гана орнотуу"
!endif
