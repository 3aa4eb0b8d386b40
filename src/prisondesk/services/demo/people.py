"""Names of people in the demo, in the proportions of a Kyrgyz prison (Kyrgyz and Russian
names, patronymics as each language forms them)."""

from __future__ import annotations

import random

KYRGYZ_MEN = [
    "Бакыт",
    "Нурлан",
    "Азамат",
    "Эрлан",
    "Улан",
    "Тилек",
    "Мирлан",
    "Бекзат",
    "Канат",
    "Жыргалбек",
    "Өмүрбек",
    "Нурбек",
    "Айбек",
    "Талант",
    "Үсөн",
]
KYRGYZ_WOMEN = ["Айгүл", "Жылдыз", "Гүлнара", "Нургүл", "Айжан", "Чолпон", "Мээрим", "Асел"]
KYRGYZ_SURNAMES = [
    "Асанов",
    "Токтосунов",
    "Жумабеков",
    "Осмонов",
    "Абдыкадыров",
    "Мамытов",
    "Сыдыков",
    "Бейшеналиев",
    "Турдубаев",
    "Кадыров",
    "Эшматов",
    "Үсөнов",
    "Өмүрзаков",
    "Ниязбеков",
    "Жээнбеков",
]
RUSSIAN_MEN = ["Иван", "Сергей", "Алексей", "Дмитрий", "Николай", "Андрей", "Виктор"]
RUSSIAN_WOMEN = ["Елена", "Ольга", "Наталья", "Татьяна"]
RUSSIAN_SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Волков"]
RUSSIAN_PATRONYMICS = ["Иванович", "Сергеевич", "Петрович", "Николаевич", "Александрович"]


def feminine(surname: str) -> str:
    return surname + "а" if surname.endswith(("ов", "ев", "ин")) else surname


def person(rng: random.Random) -> tuple[str, str, str, str]:
    """Surname, given name, patronymic and sex, in the proportions of a Kyrgyz prison."""
    female = rng.random() < 0.07
    if rng.random() < 0.8:
        father = rng.choice(KYRGYZ_MEN)
        if female:
            return (
                feminine(rng.choice(KYRGYZ_SURNAMES)),
                rng.choice(KYRGYZ_WOMEN),
                f"{father} кызы",
                "female",
            )
        if rng.random() < 0.5:
            return rng.choice(KYRGYZ_SURNAMES), rng.choice(KYRGYZ_MEN), f"{father} уулу", "male"
        return (rng.choice(KYRGYZ_SURNAMES), rng.choice(KYRGYZ_MEN), f"{father}ович", "male")
    if female:
        return (
            feminine(rng.choice(RUSSIAN_SURNAMES)),
            rng.choice(RUSSIAN_WOMEN),
            rng.choice(RUSSIAN_PATRONYMICS)[:-2] + "на",
            "female",
        )
    return (
        rng.choice(RUSSIAN_SURNAMES),
        rng.choice(RUSSIAN_MEN),
        rng.choice(RUSSIAN_PATRONYMICS),
        "male",
    )
