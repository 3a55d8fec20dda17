"""Build ``psg_tui/core/names_data.py``: the personal names the privacy check knows.

Run by hand when the lists should change (never at run time, never from the app)::

    pip install 'faker==40.63.0'      # any Python environment; not a dependency of psg-tui
    python scripts/build_names.py     # rewrites psg_tui/core/names_data.py

Sources:

- Faker (https://github.com/joke2k/faker, MIT licence, the version printed in the output
  file): the given names and family names of its ``en_NZ`` (including Māori and Pasifika
  given names), ``en_GB``, ``en_US``, ``en_IE``, ``en_IN`` (Indian), ``en_PK`` (Arabic and
  South Asian Muslim names), ``nl_NL``, ``de_DE``, ``fr_FR``, ``it_IT``, ``es_ES`` and
  ``pl_PL`` (European), ``zu_ZA`` (South African) and ``vi_VN`` (Vietnamese) locales and
  the romanised names of ``zh_CN`` and ``zh_TW``.
- The supplementary lists below, written for this project (MIT, like the rest of it): names
  Faker has few of that are common in Aotearoa New Zealand: Māori, Samoan, Tongan, Cook
  Islands, Fijian, Korean (romanised), Chinese (pinyin), Filipino, Indian (Punjabi),
  Afrikaans, Arabic, Persian and Russian/Ukrainian given names, and family names of the
  same communities.

Every name is stored folded: lower case, macrons and accents removed, apostrophes and
hyphens kept ("māia" -> "maia", "o'brien"). The privacy module folds text the same way.
"""

from __future__ import annotations

import importlib
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "psg_tui" / "core" / "names_data.py"

LOCALES = (
    "en_NZ", "en_GB", "en_US", "en_IE", "en_IN", "en_PK",
    "nl_NL", "de_DE", "fr_FR", "it_IT", "es_ES", "pl_PL", "zu_ZA",
)  # fmt: skip
VIETNAMESE = "vi_VN"  # given names in several lists; family names as they are
ROMANISED = ("zh_CN", "zh_TW")

MAORI_GIVEN = """
Aperahama Ari Arohanui Aroha Awhina Hana Hēmi Hemi Heeni Hine Hinemoa Hineroa Hōhepa Huia
Ihaia Kahu Kahurangi Kauri Keri Kiri Kiritapu Kura Manaia Māia Maia Mānuka Matiu Mere Mereana
Mihi Moana Ngaio Ngaire Ngārangi Nikau Paora Pania Pita Piripi Rāwiri Rawiri Rangi Rewi Riki
Ruihi Tama Tamati Tāmati Tāne Tania Tipene Tūī Tui Waimarie Wairua Whetū Wikitoria Wiremu
Anahera Hohepa Houkura Kaea Kaia Maraea Marama Ngahuia Ngaroimata Paretapu Pounamu Rāhera
Raukura Rongo Tawhiri Te Ataakura Tiaki Wairangi Aperira Erueti Hakaraia Hirini Honi Mikaere
"""
PASIFIKA_GIVEN = """
Sione Mele Losa Sina Tavita Ioane Tevita Siosaia Salote Viliami Lesieli Ofa Iosefa Fetu
Malia Sefo Tupou Filipo Asena Mosese Semisi Taniela Mikaele Paulo Sefa Litia Luisa Tomasi
Setareki Jone Seru Vilisoni Akanesi Lupe Iese Teuila Alofa Losana Lose Sitani Sela Pisila
Manase Kalolaine Ana Mafi Latu Fekitoa Siaosi Saia Soane Ilaisaane Lavinia Finau Sālote
Tepaeru Teina Ngametua Tangi Teariki Maara Mata Tuaine Ngaa Rangi Tauira Epeli Isikeli
Josefa Vika Waisale Akanisi Adi Vasemaca Mereoni Ratu Sainimili Viliame Timoci Losalini
Faamanu Fa'amanu Tasi Leilani Fiafia Sefulu Malakai Lemalu Pule Tui Sefina Faith Tala
Akosita Losaline Ioana Waisake Meleane Vailea Fotu Mafileo Lesina Naomi Sitiveni Penisimani
Kelera Unaisi Makereta Apisalome Ilisapeci Semi Tomasi Vilimaina Aliti Paula Sāmoa Tevite
"""
KOREAN_GIVEN = """
Min-jun Minjun Seo-yeon Seoyeon Ji-woo Jiwoo Ji-hoon Jihoon Hyun-woo Hyunwoo Soo-jin Soojin
Sujin Su-jin Ji-yeon Jiyeon Eun-ji Eunji Min-ji Minji Yeon-woo Do-yoon Doyoon Ha-eun Haeun
Seo-jun Seojun Ye-jin Yejin Hye-jin Hyejin Young-ho Youngho Sang-min Sangmin Jae-won Jaewon
Dong-hyun Donghyun Sung-min Sungmin Kyung-hee Kyunghee Mi-kyung Mikyung Jung-ho Jungho
Eun-young Eunyoung Hyun-jung Hyunjung Ji-min Jimin Min-seo Minseo Seung-hyun Seunghyun
Jin-woo Jinwoo Ye-eun Yeeun Da-eun Daeun Joon-ho Joonho Min-ho Minho Soo-min Soomin
Hae-won Haewon Ji-hye Jihye Mi-young Miyoung Sun-hee Sunhee Yoon-seo Yoonseo
Mi-rae Mirae Seo-ah Seoah Ha-yoon Hayoon Ji-ho Jiho Si-woo Siwoo Eun-woo Eunwoo Yu-na Yuna
Chae-won Chaewon So-yeon Soyeon Hye-won Hyewon Jae-hyun Jaehyun Sung-ho Sungho
"""
PERSIAN_RUSSIAN_GIVEN = """
Hamid Reza Fatemeh Zahra Hossein Mehdi Farhad Shirin Parisa Navid Babak Arash Dariush
Kourosh Nasrin Roya Mahsa Niloufar Saeed Majid Behnaz Golnar
Dmitri Dmitry Oksana Olga Irina Natalia Natalya Sergei Sergey Andrei Alexei Vladimir Yulia
Svetlana Tatiana Elena Igor Oleg Mikhail Nikolai Yuri Ekaterina Anastasia Ivan Galina
Lyudmila Valentina Viktor Pavel Artem Maksim Bogdan Taras Mykola Olena Iryna
"""
CHINESE_GIVEN = """
Wei Fang Jing Min Jie Lei Jun Yan Hui Ying Xiaoming Xiaoyan Hao Ling Mei Ming Qiang Tao
Yong Hong Xin Zhen Jian Jia Yi Na Hua Lan Kai Rui Zihan Yuxuan Haoran Zimo Yutong Xinyi
Jiayi Shufen Xiaoli Xiaohong Xiaowei Lihua Jianguo Guoqiang Yuling Meiling Lili Yun Qing
Zhiwei Zhihao Junjie Yuhang Haoyu Ruoxi Yuting Siyu Xiang Bo Chao Gang Feng Dong Peng
"""
INDIAN_GIVEN = """
Priya Rahul Ravi Anil Sunita Deepak Arjun Anjali Rajesh Sanjay Manpreet Gurpreet Harpreet
Jaspreet Simran Navjot Amandeep Sukhdeep Harjit Kuldeep Rajinder Baljit Parminder Gurdeep
Sandeep Pradeep Vikram Suresh Ramesh Lakshmi Meena Kavita Neha Pooja Shreya Aditi Rohan
Nikhil Vijay Ajay Ashok Geeta Sita Kiran Mohan Krishna Ganesh Devika Divya Swati Shalini
"""
FILIPINO_GIVEN = """
Maria Jose Juan Rizalino Rodrigo Marites Maricel Lorna Rowena Jocelyn Rosario Ferdinand
Mylene Arnel Rommel Jericho Angelica Kristine Reynaldo Rogelio Edgardo Nenita Teresita
Imelda Corazon Leonora Ligaya Dalisay Marilou Marivic Jonalyn Analyn Rosalinda Ernesto
Danilo Romeo Wilfredo Lourdes Erlinda Perla Remedios Milagros Jennylyn Mariel Jomar Jerome
Rhea Lovely Divina Evangeline Zenaida Nestor Eduardo Ricardo Antonio Manuel Ramon
"""
AFRIKAANS_GIVEN = """
Pieter Johan Johannes Jaco Francois Riaan Hennie Marius Annelie Elmarie Anneke Marietjie
Hendrik Willem Gerrit Cornelis Jacobus Petrus Stefan Christo Wikus Tertius Jannie Danie
Louis Charl Gerhard Ruan Ruben Ilse Elize Hanlie Karin Liezl Lize Mariska Nadia Sonja
Wilna Zelda Annemarie Carien Chantelle Heinrich Dewald Werner Schalk Thinus Kobus
"""
ARABIC_GIVEN = """
Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Omar Umar Hassan Hussein Husein Khalid
Ibrahim Yusuf Youssef Mustafa Mostafa Abdullah Fatima Fatimah Aisha Ayesha Maryam Mariam
Zainab Zaynab Noor Nour Layla Leila Amira Salma Huda Rania Samir Karim Tariq Said Walid
Rashid Hamza Bilal Faisal Nadia Yasmin Yasmine Samira Rana Lina Dina Reem Sara Khadija
Ammar Anas Ziad Ziyad Jamal Nasser Mahmoud Osama Sami Abdul Abdulrahman Abdelrahman Hadi
Hiba Hala Iman Eman Jana Lamis Mona Nada Najwa Rasha Rima Ruba Sahar Samar Wafa Yara Zeina
Adel Adil Ayman Bassam Fadi Fares Firas Ghassan Hani Haytham Imad Issa Jihad Kamal Majid
Marwan Nabil Nizar Qasim Rami Saad Salim Tamer Yasser Yousef Zaid Zakaria
"""

MAORI_FAMILY = """
Ngata Parata Tipene Te Whata Wihongi Hohaia Kereama Pōmare Pomare Horomona Tamihana Rangihuna
Waititi Henare Paki Tawhiri Mahuta Tūrei Turei Ruatapu Hēnare Karaka Mānihera Manihera
Ngāwaka Ngawaka Paewai Poutama Rewiti Rihari Tahana Takerei Tamatea Tautahi Te Huia Te Kani
Te Rangi Tūhoe Waaka Wharerau Whaanga Winiata Kawhia Tapsell Rāwiri Tuhiwai Pohatu Hapeta
"""
PASIFIKA_FAMILY = """
Taufa Fifita Tuilagi Leota Faleolo Fonoti Toleafoa Havili Vaipulu Lolohea Tupou Fa'alogo
Faalogo Sapolu Aumua Tuiasosopo Matagi Vaka Fusitu'a Fusitua Kata Moala Taumalolo Vainikolo
Lauina Lealaiauloto Falaniko Tuimavave Seiuli Afamasaga Pouono Salave'a Salavea Tavita
Ratuvou Naivalu Rokodi Tuivaga Vunipola Waqa Koroi Nadolo Tamanivalu Raikadroka
Marsters Tangitamaiti Tuara Ngatokorua Pokino Teariki Tutakiau Samuela Iosefa Leaupepe
"""
KOREAN_FAMILY = """
Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo
Hong Jeon Ko Moon Yang Son Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na
"""
CHINESE_FAMILY = """
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng
Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
Wong Chan Cheung Leung Ng Ho Lau Tan Lim Goh Ong Chow Tsang Yip Kwok Fung Lai Tse Yeung Chu
Chua Teo Koh Tay Yeo Low Foo Chin Kwan Mak Siu Tam Tong Poon Lo Au Choy
"""
FILIPINO_FAMILY = """
Santos Reyes Cruz Bautista Garcia Mendoza Ramos Aquino Villanueva Castillo Flores Gonzales
Torres Rivera Navarro Pascual Soriano Manalo Dizon Mercado Tolentino Dela Cruz Del Rosario
De Guzman De Leon Macaraeg Panganiban Salazar Fernandez Lopez Gomez Perez Valdez Aguilar
"""
ARABIC_FAMILY = """
Al-Rashid Haddad Khoury Nasser Hussain Hussein Rahman Abdullah Hamid Mansour Saleh Aziz
Karimi Al-Amin Al-Sayed Al-Hassan Khalil Ibrahim Mahmoud Youssef Darwish Qureshi Siddiqui
Farah Habib Hamdan Hijazi Jaber Kassem Nassar Obeid Rizk Saad Shaheen Suleiman Zaher
"""
PERSIAN_RUSSIAN_FAMILY = """
Hosseini Rezaei Ahmadi Mohammadi Karimi Hashemi Moradi Rahimi Jafari Sadeghi Tehrani
Ivanov Ivanova Petrov Petrova Smirnov Smirnova Sokolov Sokolova Kuznetsov Popov Volkov
Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Novak
"""
VIETNAMESE_FAMILY = """
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh
"""
INDIAN_FAMILY = """
Singh Kaur Sharma Patel Gill Sandhu Sidhu Dhillon Grewal Brar Kumar Reddy Rao Nair Iyer
Pillai Menon Gupta Shah Desai Mehta Joshi Chopra Kapoor Malhotra Bhatia Verma Mishra
"""


def fold(name: str) -> str:
    """Lower case, accents and macrons removed; apostrophes unified, hyphens kept."""
    name = name.replace("’", "'").strip().lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(block: str) -> set[str]:
    """One name per word; a two-word family name ("Te Whata") is joined with a space."""
    out: set[str] = set()
    tokens = block.split()
    particles = {"Te", "De", "Del", "Dela"}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in particles and i + 1 < len(tokens):
            out.add(f"{token} {tokens[i + 1]}")
            i += 2
            continue
        out.add(token)
        i += 1
    return {fold(w) for w in out}


def _ascii_name(name: str) -> bool:
    folded = fold(name)
    return bool(folded) and all(c.isalpha() or c in "-' " for c in folded) and folded.isascii()


def collect() -> tuple[set[str], set[str], str]:
    """(given names, family names, faker version)."""
    import faker

    given: set[str] = set()
    family: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given.update(fold(n) for n in provider.first_names if _ascii_name(n))
        family.update(fold(n) for n in provider.last_names if _ascii_name(n))
    vietnamese = importlib.import_module(f"faker.providers.person.{VIETNAMESE}").Provider
    for names in ("first_names_female", "first_names_male", "first_names_unisex"):
        given.update(fold(n) for n in getattr(vietnamese, names) if _ascii_name(n))
    for locale in ROMANISED:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given.update(fold(n) for n in provider.first_romanized_names if _ascii_name(n))
        family.update(fold(n) for n in provider.last_romanized_names if _ascii_name(n))
    for block in (
        MAORI_GIVEN,
        PASIFIKA_GIVEN,
        KOREAN_GIVEN,
        CHINESE_GIVEN,
        INDIAN_GIVEN,
        FILIPINO_GIVEN,
        AFRIKAANS_GIVEN,
        ARABIC_GIVEN,
        PERSIAN_RUSSIAN_GIVEN,
    ):
        given |= _words(block)
    for block in (
        MAORI_FAMILY,
        PASIFIKA_FAMILY,
        KOREAN_FAMILY,
        CHINESE_FAMILY,
        FILIPINO_FAMILY,
        ARABIC_FAMILY,
        INDIAN_FAMILY,
        PERSIAN_RUSSIAN_FAMILY,
        VIETNAMESE_FAMILY,
    ):
        family |= _words(block)
    # One-letter and two-letter "names" in the lists are initials and words ("Al", "Ed"
    # stay: real short names are kept only when three letters or more, or listed above).
    given = {g for g in given if len(g) >= 3 or g in _words(CHINESE_GIVEN + KOREAN_FAMILY)}
    return given, family, faker.VERSION


def render(given: set[str], family: set[str], version: str) -> str:
    def block(names: set[str]) -> str:
        lines, line = [], ""
        for name in sorted(names):
            piece = name.replace(" ", "_")
            if len(line) + len(piece) + 1 > 88:
                lines.append(line)
                line = piece
            else:
                line = f"{line} {piece}" if line else piece
        lines.append(line)
        return "\n".join(lines)

    return (
        '"""Personal names the privacy check knows (generated: do not edit by hand).\n\n'
        "Built by scripts/build_names.py from Faker "
        f"{version} (MIT licence) and the\nproject's own supplementary lists (MIT). "
        "Folded: lower case, no macrons or accents;\na space inside a family name is "
        'written "_".\n"""\n\n'
        f'FAKER_VERSION = "{version}"\n\n'
        f'GIVEN = """\n{block(given)}\n"""\n\n'
        f'FAMILY = """\n{block(family)}\n"""\n'
    )


def main() -> int:
    given, family, version = collect()
    OUT.write_text(render(given, family, version), encoding="utf-8")
    print(f"{OUT}: {len(given)} given names, {len(family)} family names (Faker {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
