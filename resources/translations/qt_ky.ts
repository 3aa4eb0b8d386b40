<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Баарына жо&amp;к</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Өткөрүп жиберүү</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Баштапкыга кайтаруу</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Демейкиге кайтаруу</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Макул</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Жокко &amp;чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ж&amp;абуу</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Сактабай жабуу</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Чоо-жайын көрсөтүү...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Чоо-жайын жашыруу...</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артка</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Кийинки &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Кийинки</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Бүтүрүү</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ырастоо</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Артка</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Маанини киргизиңиз:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Кайра &amp;жасоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Чаптоо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Артка кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Кайра &amp;жасоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көчүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Чаптоо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Шилтеменин дарегин көчүрүү</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Баарын тандоо</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бир кадам &amp;өйдө</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Бир кадам &amp;ылдый</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Файлдын аты:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдын &amp;түрү:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файлдын түрү:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ачуу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Та&amp;ндоо</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Башкача сактоо</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Папканы тандоо</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папкалар</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Өчүрүү</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Жашырылган файлдарды &amp;көрсөтүү</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңы папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңы папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңы папка түзүү</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алга</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алга</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Жогорку папка</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Жогорку папкага өтүү</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тизме</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толук көрүнүш</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тизме түрүндө көрсөтүү</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толук көрсөтүү</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Каптал панель</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Жерлер жана кыстармалар</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Акыркы жерлер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсөтүү: </translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылган жок.
Файлдын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Папка табылган жок.
Папканын аты туура жазылганын текшериңиз.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазуудан корголгон.
Баары бир өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>«%1» чын эле өчүрүлсүнбү?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папканы өчүрүү мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгөртүлгөн күнү</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менин компьютерим</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файлдын аты жараксыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» деген атты колдонууга болбойт.&lt;/b&gt;&lt;p&gt;Кыскараак же тыныш белгилери жок башка ат коюп көрүңүз.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Файл папкасы</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Солго жылдыруу</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Оңго жылдыруу</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Бардык беттер</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Так беттер</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жуп беттер</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ушул компьютердеги файл</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлга басып чыгаруу (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлга басып чыгаруу...</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазуу</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдон оңго, үстүнөн ылдый</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдон оңго, астынан өйдө</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңдон солго, астынан өйдө</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңдон солго, үстүнөн ылдый</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Астынан өйдө, солдон оңго</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Астынан өйдө, оңдон солго</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Үстүнөн ылдый, солдон оңго</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Үстүнөн ылдый, оңдон солго</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 мурунтан эле бар.
Аны алмаштырасызбы?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бул папка.
Файлга башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазууга болбойт.
Файлга башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер туура эмес көрсөтүлгөн</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 туура эмес жазылган. Беттерди жана аралыктарды үтүр «,» менен бөлүңүз, аралыкты дефис «-» менен жазыңыз; аралыктар бири-бирин кесип өтпөшү керек.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Биринчи сан экинчисинен чоң болбошу керек.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Эки тараптуу басып чыгаруунун жөндөөлөрү карама-каршы</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Эки тараптуу басып чыгаруунун жөндөөлөрү бири-бирине карама-каршы. Оңдойсузбу?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>«Бир барактагы беттер» жана «Беттер тобу» параметрлерин чогуу колдонууга болбойт.
Алардын бирин өчүрүңүз.</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Касиеттери</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Жайгашкан жери:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрү:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Файлга чыгаруу:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Нускалар</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Нускалардын саны:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Нуска боюнча иреттөө</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Тескери тартипте</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Эмнени басып чыгаруу</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Баарын</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Ушул бет</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Белгиленген бөлүк</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Беттер &amp;тобу:</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер тобу:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттерди же аралыктарды үтүр менен бөлүп жазыңыз. Аралык — дефис менен бөлүнгөн эки сан. Мисалы, 3,5-7,9 деп жазсаңыз, 3, 5, 6, 7 жана 9-беттер басылат.</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Чыгаруу жөндөөлөрү</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түстүү</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Боз түстөр</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Эки тараптуу басып чыгаруу</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Узун жагынан түптөө</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Кыска жагынан түптөө</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Принтердин касиеттери</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапшырманын параметрлери</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Беттин жөндөөлөрү карама-каршы</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Беттин жөндөөлөрү бири-бирине карама-каршы. Оңдойсузбу?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Кошумча параметрлер карама-каршы</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Айрым кошумча параметрлер бири-бирине карама-каршы. Оңдойсузбу?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Кошумча</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Айрым параметрлер бири-бирине карама-каршы. Аларды оңдоңуз.</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Кагаз</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Беттин өлчөмү:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Туурасы:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Бийиктиги:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Кагаз булагы:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Багыты</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Тигинен</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Туурасынан</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Тескери туурасынан</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Тескери тигинен</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Четтер</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>үстүңкү чет</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол чет</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң чет</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>астыңкы чет</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Беттердин жайгашуусу</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Беттердин &amp;тартиби:</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттердин тартиби:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Бир &amp;барактагы беттер:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Бир барактагы беттер:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
</context>
</TS>
