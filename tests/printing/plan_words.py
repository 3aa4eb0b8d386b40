"""The printed plan's words in Russian and Kyrgyz, as the catalogues give them (the tests
print with these, whatever the catalogues hold when they run)."""

from __future__ import annotations

# (context, source, Russian, Kyrgyz)
WORDS = (
    (
        "printing",
        "Your plan",
        "Ваш план",
        "Сиздин планыңыз",
    ),
    (
        "printing",
        "Individual rehabilitation plan",
        "Индивидуальный план реабилитации",
        "Жеке реабилитация планы",
    ),
    (
        "printing",
        "Name",
        "Фамилия, имя, отчество",
        "Аты-жөнү",
    ),
    (
        "printing",
        "Number",
        "Номер",
        "Номери",
    ),
    (
        "printing",
        "Printed on",
        "Дата печати",
        "Басылып чыккан күнү",
    ),
    (
        "printing",
        (
            "This is your plan: what we will do together while you are here, so that you "
            "are ready for life after release. Keep this paper. If something is not clear, "
            "ask the person who helps you."
        ),
        (
            "Это ваш план: что мы будем делать вместе, пока вы здесь, чтобы вы были готовы "
            "к жизни после освобождения. Сохраните этот лист. Если что-то непонятно, "
            "спросите того, кто вам помогает."
        ),
        (
            "Бул — сиздин планыңыз: бошонгондон кийинки жашоого даяр болушуңуз үчүн, ушул "
            "жерде жүргөндө биз чогуу эмнелерди жасай турганыбыз. Бул баракты сактап "
            "коюңуз. Бир нерсе түшүнүксүз болсо, сизге жардам берген адамдан сураңыз."
        ),
    ),
    (
        "printing",
        "What we will do together",
        "Что мы сделаем вместе",
        "Чогуу эмне кылабыз",
    ),
    (
        "printing",
        "What you can do",
        "Что можете сделать вы",
        "Сиз эмне кыла аласыз",
    ),
    (
        "printing",
        "Who helps you",
        "Кто вам помогает",
        "Сизге ким жардам берет",
    ),
    (
        "printing",
        "By when",
        "Срок",
        "Качанга чейин",
    ),
    (
        "printing",
        "How it is going",
        "Как идут дела",
        "Абалы кандай",
    ),
    (
        "printing",
        "Work in a workshop and learn a trade",
        "Работать в мастерской и освоить профессию",
        "Устаканада иштеп, кесип үйрөнүү",
    ),
    (
        "printing",
        "Study: school lessons or a course",
        "Учиться: школьные уроки или курсы",
        "Окуу: мектеп сабактары же курстар",
    ),
    (
        "printing",
        "Talk with a psychologist",
        "Беседовать с психологом",
        "Психолог менен сүйлөшүү",
    ),
    (
        "printing",
        "Keep in touch with your family: letters, calls and visits",
        "Поддерживать связь с семьёй: письма, звонки и свидания",
        "Үй-бүлөңүз менен байланышты үзбөө: каттар, чалуулар жана жолугушуулар",
    ),
    (
        "printing",
        "Get help to stay away from alcohol and drugs",
        "Получить помощь, чтобы жить без алкоголя и наркотиков",
        "Спирт ичимдиктеринен жана баңгизаттан алыс болууга жардам алуу",
    ),
    (
        "printing",
        "Get ready for release: documents, a place to live, work",
        "Подготовиться к освобождению: документы, жильё, работа",
        "Бошонууга даярдануу: документтер, турак жай, иш",
    ),
    (
        "printing",
        "Come to work on time. Ask the instructor to show you what you do not know yet.",
        "Приходите на работу вовремя. Просите мастера показать то, чего вы ещё не умеете.",
        (
            "Ишке убагында келиңиз. Азырынча билбеген нерселериңизди көрсөтүп берүүнү "
            "устадан сураңыз."
        ),
    ),
    (
        "printing",
        "Go to every lesson. Ask the teacher when something is not clear.",
        "Ходите на каждый урок. Спрашивайте учителя, если что-то непонятно.",
        "Ар бир сабакка барыңыз. Бир нерсе түшүнүксүз болсо, мугалимден сураңыз.",
    ),
    (
        "printing",
        "Come to the meetings and talk about what is on your mind.",
        "Приходите на встречи и рассказывайте о том, что вас волнует.",
        "Жолугушууларга келип, сизди эмне тынчсыздандырып жатканын айтыңыз.",
    ),
    (
        "printing",
        "Write to your family or call them. Tell us who you would like to visit you.",
        "Пишите родным или звоните им. Скажите нам, кого вы хотели бы видеть на свидании.",
        (
            "Үй-бүлөңүзгө кат жазыңыз же чалыңыз. Сизге кимдин келишин каалай турганыңызды "
            "бизге айтыңыз."
        ),
    ),
    (
        "printing",
        "Come to the group or to the psychologist. Ask for help when it is hard.",
        "Приходите в группу или к психологу. Просите помощи, когда трудно.",
        "Топко же психологго келиңиз. Кыйын болгондо жардам сураңыз.",
    ),
    (
        "printing",
        "Tell us early which documents you have and where you want to live.",
        "Заранее скажите нам, какие документы у вас есть и где вы хотите жить.",
        ("Кандай документтериңиз бар экенин жана кайда жашагыңыз келерин бизге алдын ала айтыңыз."),
    ),
    (
        "printing",
        "Not started yet",
        "Ещё не начато",
        "Азырынча башталган жок",
    ),
    (
        "printing",
        "Started",
        "Начато",
        "Башталды",
    ),
    (
        "printing",
        "Done",
        "Сделано",
        "Аткарылды",
    ),
    (
        "printing",
        "Cancelled",
        "Отменено",
        "Жокко чыгарылды",
    ),
    (
        "printing",
        "Nothing is planned yet. We will make your plan together.",
        "Пока ничего не запланировано. Мы составим ваш план вместе.",
        "Азырынча эч нерсе пландалган жок. Планыңызды чогуу түзөбүз.",
    ),
    (
        "printing",
        "We will look at your plan together again on {day}.",
        "В следующий раз мы вместе посмотрим ваш план {day}.",
        "Планыңызды {day} күнү чогуу кайра карап чыгабыз.",
    ),
    (
        "printing",
        "We will agree with you when to look at your plan again.",
        "Когда снова посмотреть ваш план, мы договоримся с вами.",
        "Планыңызды качан кайра карап чыгарыбызды сиз менен макулдашабыз.",
    ),
    (
        "printing",
        "You can ask to talk about your plan at any time.",
        "Вы можете в любое время попросить поговорить о вашем плане.",
        "Планыңыз жөнүндө каалаган убакта сүйлөшүүнү сурасаңыз болот.",
    ),
    (
        "printing",
        "We talked about this plan together.",
        "Мы обсудили этот план вместе.",
        "Бул планды чогуу талкууладык.",
    ),
    (
        "printing",
        "You",
        "Вы",
        "Сиз",
    ),
    (
        "roles",
        "Psychologist",
        "Психолог",
        "Психолог",
    ),
    (
        "printing",
        "signature",
        "подпись",
        "колу",
    ),
    (
        "printing",
        "Date",
        "Дата",
        "Датасы",
    ),
    (
        "roles",
        "Social worker",
        "Социальный работник",
        "Социалдык кызматкер",
    ),
)


def paper_words(language: str):
    """``translate(context, text)`` for a paper in ``language`` (``en``: the source)."""
    column = {"ru": 2, "ky": 3}.get(language)
    table = {(row[0], row[1]): row[column] for row in WORDS} if column else {}
    return lambda context, text: table.get((context, text), text)
