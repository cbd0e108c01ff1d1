"""Demo courses for children and school classes (Kita, Grundschule, Sekundarstufe I).

Plain data in the schema of `events.demo_content`: German is the source language,
every course also has Polish, Czech and English texts. Rich text is written
compactly as blocks: ("h", heading), ("p", paragraph) and ("fact", title, text).
The courses take place at partner venues in the German–Polish–Czech border region
around Zittau; some are taught in Polish or Czech, some bilingually.
"""

COURSES = [
    {
        "slug": "klassenbesuch-elektrizitaet-erleben",
        "format": "class_visit",
        "topics": ["technik", "naturwissenschaften", "energie"],
        "levels": ["sek1"],
        "provider": "science-center-oberlausitz",
        "ages": (10, 13),
        "age_rule": "exact",
        "grades": (5, 7),
        "min_participants": 15,
        "hours": None,
        "venues": ["scz"],
        "languages": ["de"],
        "price": "3",
        "capacity": 28,
        "text": {
            "de": {
                "title": "Klassenbesuch: Elektrizität erleben (Klasse 5–7)",
                "teaser": "Stromkreise stecken, Lämpchen zum Leuchten bringen und herausfinden, warum der Strom manchmal nicht fließt: ein Vormittag zum Anfassen im Science-Center.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Die Schülerinnen und Schüler bauen in Zweierteams einfache und verzweigte Stromkreise, testen Leiter und Nichtleiter und messen Spannung mit dem Multimeter. Zum Schluss entsteht eine kleine Alarmanlage für das eigene Federmäppchen.",
                    ),
                    (
                        "fact",
                        "Für Lehrkräfte",
                        "Dauer etwa 3 Stunden, passend zum sächsischen Lehrplan Physik in Klasse 6. Arbeitsblätter zur Nachbereitung erhalten Sie bei der Anmeldung.",
                    ),
                ],
            },
            "pl": {
                "slug": "wizyta-klasowa-poznajemy-elektrycznosc",
                "title": "Zajęcia dla grup szkolnych: Poznajemy elektryczność (klasy 5–7)",
                "teaser": "Budujemy obwody, zapalamy żarówki i sprawdzamy, dlaczego prąd czasem nie płynie – przedpołudnie pełne eksperymentów w Science-Center.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Uczniowie w parach budują proste i rozgałęzione obwody elektryczne, sprawdzają przewodniki i izolatory oraz mierzą napięcie multimetrem. Na koniec każdy zespół konstruuje mały alarm do własnego piórnika.",
                    ),
                    (
                        "fact",
                        "Dla nauczycieli",
                        "Zajęcia trwają około 3 godzin i nawiązują do saksońskiego programu fizyki dla klasy 6. Karty pracy do wykorzystania po zajęciach otrzymasz przy zgłoszeniu.",
                    ),
                ],
            },
            "cs": {
                "slug": "tridni-navsteva-elektrina-na-vlastni-kuzi",
                "title": "Výukový program: Elektřina na vlastní kůži (5.–7. třída)",
                "teaser": "Zapojujeme elektrické obvody, rozsvěcujeme žárovky a zjišťujeme, proč proud někdy neteče – dopoledne plné pokusů v Science-Center.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Žáci ve dvojicích staví jednoduché i rozvětvené obvody, zkoušejí vodiče a izolanty a měří napětí multimetrem. Na závěr si sestaví malý alarm pro vlastní penál.",
                    ),
                    (
                        "fact",
                        "Pro učitele",
                        "Program trvá asi 3 hodiny a navazuje na saské osnovy fyziky pro 6. ročník. Pracovní listy pro další práci ve třídě obdržíte při přihlášení.",
                    ),
                ],
            },
            "en": {
                "slug": "class-visit-experience-electricity",
                "title": "Class visit: Experience electricity (grades 5–7)",
                "teaser": "Building circuits, lighting up bulbs and finding out why the current sometimes won't flow: a hands-on morning at the Science Center.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Working in pairs, pupils build simple and branched circuits, test conductors and insulators and measure voltage with a multimeter. To finish, each team builds a small alarm for their own pencil case.",
                    ),
                    (
                        "fact",
                        "For teachers",
                        "The visit takes about 3 hours and fits the Saxon physics curriculum for year 6. You will receive worksheets for follow-up lessons when you register.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "kita-forscher-science-center",
        "format": "class_visit",
        "topics": ["naturwissenschaften", "technik"],
        "levels": ["kita"],
        "provider": "science-center-oberlausitz",
        "ages": (3, 6),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 10,
        "hours": None,
        "venues": ["scz"],
        "languages": ["de", "pl"],
        "price": "2",
        "capacity": 25,
        "text": {
            "de": {
                "title": "Kita-Forscher im Science-Center",
                "teaser": "Was schwimmt, was sinkt? Wie klingt ein Glas Wasser? Kita-Gruppen erkunden unsere Mitmach-Stationen mit allen Sinnen.",
                "summary": "Kinder aus der Kita kommen ins Science-Center. Sie probieren Experimente aus. Sie fühlen, hören und sehen.",
                "body": [
                    (
                        "p",
                        "In kleinen Gruppen pusten die Kinder Seifenblasen, testen, was schwimmt und was sinkt, und bauen einen Turm aus Bechern. Jedes Kind nimmt eine Forscher-Urkunde und ein kleines Experiment für zu Hause mit.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Etwa 90 Minuten, mit Frühstückspause. Bitte Wechselkleidung einpacken – bei uns darf es nass werden. Das Angebot gibt es auch auf Polnisch.",
                    ),
                ],
            },
            "pl": {
                "slug": "mali-badacze-z-przedszkola",
                "title": "Mali badacze z przedszkola w Science-Center",
                "teaser": "Co pływa, a co tonie? Jak brzmi szklanka wody? Grupy przedszkolne odkrywają nasze stanowiska do eksperymentów wszystkimi zmysłami.",
                "summary": "Dzieci z przedszkola przyjeżdżają do Science-Center. Robią proste doświadczenia. Dotykają, słuchają i patrzą.",
                "body": [
                    (
                        "p",
                        "W małych grupach dzieci puszczają bańki mydlane, sprawdzają, co pływa, a co tonie, i budują wieżę z kubeczków. Każde dziecko zabiera do domu dyplom małego badacza i proste doświadczenie do powtórzenia.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Około 90 minut, z przerwą na śniadanie. Prosimy zabrać ubranie na zmianę – u nas można się zmoczyć. Zajęcia prowadzimy także po polsku.",
                    ),
                ],
            },
            "cs": {
                "slug": "mali-badatele-ze-skolky",
                "title": "Malí badatelé ze školky v Science-Center",
                "teaser": "Co plave a co se potopí? Jak zní sklenice vody? Skupiny z mateřských škol objevují naše interaktivní stanoviště všemi smysly.",
                "summary": "Děti ze školky přijedou do Science-Center. Zkoušejí pokusy. Sahají, poslouchají a dívají se.",
                "body": [
                    (
                        "p",
                        "V malých skupinkách děti foukají bubliny, zkoušejí, co plave a co se potopí, a staví věž z kelímků. Každé dítě si odnese diplom malého badatele a jednoduchý pokus na doma.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Asi 90 minut včetně přestávky na svačinu. Přibalte prosím náhradní oblečení – u nás se smí namočit. Program nabízíme i v polštině.",
                    ),
                ],
            },
            "en": {
                "slug": "little-explorers-science-center",
                "title": "Little explorers from nursery at the Science Center",
                "teaser": "What floats and what sinks? What does a glass of water sound like? Nursery groups explore our hands-on stations with all their senses.",
                "summary": "Children from nursery visit the Science Center. They try out experiments. They touch, listen and look.",
                "body": [
                    (
                        "p",
                        "In small groups the children blow soap bubbles, test what floats and what sinks, and build a tower of cups. Every child takes home an explorer certificate and a simple experiment to try again.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "About 90 minutes, including a snack break. Please pack a change of clothes – things may get wet. Also available in Polish.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "mathe-werkstatt-klasse-3-4",
        "format": "class_visit",
        "topics": ["mathematik"],
        "levels": ["grundschule"],
        "provider": "christian-weise-bibliothek",
        "ages": (8, 10),
        "age_rule": "exact",
        "grades": (3, 4),
        "min_participants": 12,
        "hours": None,
        "venues": ["bibliothek-zittau"],
        "languages": ["de"],
        "price": "0",
        "capacity": 26,
        "text": {
            "de": {
                "title": "Mathe-Werkstatt für Klasse 3–4",
                "teaser": "Knobeln, legen, messen: In der Bibliothek wird Mathematik zum Spiel mit Tangram, Würfeln und Zauberquadraten.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "An sechs Stationen lösen die Kinder Legepuzzles, schätzen und messen Längen und entdecken Muster in Zahlenreihen. Wer mag, erfindet am Ende ein eigenes Rätsel für die Klasse.",
                    ),
                    (
                        "fact",
                        "Für Lehrkräfte",
                        "Dauer 2 Schulstunden, kostenfrei. Jedes Kind bekommt ein Tangram zum Mitnehmen.",
                    ),
                ],
            },
            "pl": {
                "slug": "warsztaty-matematyczne-klasy-3-4",
                "title": "Warsztaty matematyczne dla klas 3–4",
                "teaser": "Łamigłówki, układanki, pomiary: w bibliotece matematyka staje się zabawą z tangramem, kostkami i magicznymi kwadratami.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na sześciu stanowiskach dzieci układają łamigłówki, szacują i mierzą długości oraz odkrywają wzory w ciągach liczb. Chętni na koniec wymyślają własną zagadkę dla klasy.",
                    ),
                    (
                        "fact",
                        "Dla nauczycieli",
                        "Czas trwania: 2 lekcje, udział bezpłatny. Każde dziecko dostaje tangram na pamiątkę.",
                    ),
                ],
            },
            "cs": {
                "slug": "matematicka-dilna-3-4-trida",
                "title": "Matematická dílna pro 3. a 4. třídu",
                "teaser": "Hlavolamy, skládačky, měření: v knihovně se z matematiky stává hra s tangramem, kostkami a magickými čtverci.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na šesti stanovištích děti skládají hlavolamy, odhadují a měří délky a objevují pravidla v řadách čísel. Kdo chce, vymyslí na konec vlastní hádanku pro třídu.",
                    ),
                    (
                        "fact",
                        "Pro učitele",
                        "Délka 2 vyučovací hodiny, zdarma. Každé dítě si odnese vlastní tangram.",
                    ),
                ],
            },
            "en": {
                "slug": "maths-workshop-grades-3-4",
                "title": "Maths workshop for grades 3–4",
                "teaser": "Puzzling, arranging, measuring: at the library, maths becomes a game with tangrams, dice and magic squares.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "At six stations the children solve shape puzzles, estimate and measure lengths and discover patterns in number sequences. Anyone who likes can invent a puzzle of their own for the class at the end.",
                    ),
                    (
                        "fact",
                        "For teachers",
                        "Two lessons long and free of charge. Every child gets a tangram to take home.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "programmieren-calliope-mini",
        "format": "class_visit",
        "topics": ["informatik", "technik"],
        "levels": ["grundschule", "sek1"],
        "provider": "makerspace-goerlitz",
        "ages": (8, 12),
        "age_rule": "exact",
        "grades": (3, 6),
        "min_participants": 12,
        "hours": None,
        "venues": ["makerspace"],
        "languages": ["de"],
        "price": "4",
        "capacity": 28,
        "text": {
            "de": {
                "title": "Programmieren mit Calliope mini (Klasse 3–6)",
                "teaser": "Ein Mini-Computer, so groß wie ein Keks: Die Klasse programmiert blinkende Herzen, Würfel und kleine Spiele mit dem Calliope mini.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Mit der grafischen Programmierumgebung MakeCode ziehen die Kinder Befehlsblöcke zusammen und sehen sofort, was ihr Programm auf dem Calliope mini bewirkt. Vom leuchtenden Namen bis zum Schüttel-Würfel schafft jedes Team mehrere kleine Projekte.",
                    ),
                    (
                        "fact",
                        "Für Lehrkräfte",
                        "Dauer etwa 3 Stunden; Geräte und Tablets stellen wir. Vorkenntnisse sind nicht nötig, und die Programme können Sie im Unterricht weiterverwenden.",
                    ),
                ],
            },
            "pl": {
                "slug": "programowanie-z-calliope-mini",
                "title": "Programowanie z Calliope mini (klasy 3–6)",
                "teaser": "Minikomputer wielkości ciastka: klasa programuje migające serca, kostki do gry i małe gry na Calliope mini.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W graficznym środowisku MakeCode dzieci łączą bloki poleceń i od razu widzą, co ich program robi na Calliope mini. Od świecącego imienia po kostkę, którą wystarczy potrząsnąć – każdy zespół tworzy kilka małych projektów.",
                    ),
                    (
                        "fact",
                        "Dla nauczycieli",
                        "Zajęcia trwają około 3 godzin; urządzenia i tablety zapewniamy. Wcześniejsza wiedza nie jest potrzebna, a programy można dalej wykorzystywać na lekcjach.",
                    ),
                ],
            },
            "cs": {
                "slug": "programovani-s-calliope-mini",
                "title": "Programování s Calliope mini (3.–6. třída)",
                "teaser": "Minipočítač velký jako sušenka: třída programuje blikající srdíčka, hrací kostky a malé hry na Calliope mini.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "V grafickém prostředí MakeCode děti skládají bloky příkazů a hned vidí, co jejich program na Calliope mini dělá. Od svítícího jména po kostku, kterou stačí zatřást – každý tým zvládne několik malých projektů.",
                    ),
                    (
                        "fact",
                        "Pro učitele",
                        "Program trvá asi 3 hodiny; zařízení i tablety zajistíme. Předchozí znalosti nejsou potřeba a programy můžete dál využít ve výuce.",
                    ),
                ],
            },
            "en": {
                "slug": "coding-with-calliope-mini",
                "title": "Coding with the Calliope mini (grades 3–6)",
                "teaser": "A mini computer the size of a biscuit: the class programs blinking hearts, dice and little games on the Calliope mini.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Using the block-based MakeCode editor, the children snap commands together and instantly see what their program does on the Calliope mini. From a glowing name to a shake-to-roll dice, every team completes several small projects.",
                    ),
                    (
                        "fact",
                        "For teachers",
                        "About 3 hours; we provide the devices and tablets. No previous knowledge is needed, and you can keep using the programs in class.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "chemielabor-klasse-8-10",
        "format": "class_visit",
        "topics": ["naturwissenschaften"],
        "levels": ["sek1"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (13, 16),
        "age_rule": "exact",
        "grades": (8, 10),
        "min_participants": 12,
        "hours": None,
        "venues": ["hszg-zittau"],
        "languages": ["de"],
        "price": "5",
        "capacity": 25,
        "text": {
            "de": {
                "title": "Chemielabor für Klasse 8–10",
                "teaser": "Kittel an, Schutzbrille auf: Im echten Hochschullabor bestimmen Schülerinnen und Schüler pH-Werte, trennen Farbstoffe und stellen Seife her.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Betreut von Studierenden und Laborpersonal arbeiten die Jugendlichen mit Pipetten, Bechergläsern und Indikatoren – so wie im Studium. Aus Haushaltsproben wird eine eigene pH-Skala, aus Öl und Lauge ein Stück Seife zum Mitnehmen.",
                    ),
                    (
                        "fact",
                        "Für Lehrkräfte",
                        "Dauer 4 Stunden inklusive Sicherheitseinweisung und Mittagspause in der Mensa. Bitte geschlossene Schuhe und lange Hosen; Kittel und Brillen stellen wir.",
                    ),
                ],
            },
            "pl": {
                "slug": "laboratorium-chemiczne-klasy-8-10",
                "title": "Laboratorium chemiczne dla klas 8–10",
                "teaser": "Fartuch na siebie, okulary ochronne na nos: w prawdziwym laboratorium uczelni uczniowie mierzą pH, rozdzielają barwniki i robią mydło.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Pod opieką studentów i pracowników laboratorium młodzież pracuje z pipetami, zlewkami i wskaźnikami – tak jak na studiach. Z próbek z domowej kuchni powstaje własna skala pH, a z oleju i ługu kostka mydła do zabrania.",
                    ),
                    (
                        "fact",
                        "Dla nauczycieli",
                        "Zajęcia trwają 4 godziny, łącznie z instruktażem BHP i przerwą obiadową w stołówce. Prosimy o pełne buty i długie spodnie; fartuchy i okulary zapewniamy.",
                    ),
                ],
            },
            "cs": {
                "slug": "chemicka-laborator-8-10-trida",
                "title": "Chemická laboratoř pro 8.–10. třídu",
                "teaser": "Plášť na sebe, ochranné brýle na oči: ve skutečné vysokoškolské laboratoři žáci měří pH, dělí barviva a vyrábějí mýdlo.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Pod dohledem studentů a laborantů pracují mladí lidé s pipetami, kádinkami a indikátory – jako při studiu. Z domácích vzorků vznikne vlastní stupnice pH, z oleje a louhu kousek mýdla na doma.",
                    ),
                    (
                        "fact",
                        "Pro učitele",
                        "Program trvá 4 hodiny včetně poučení o bezpečnosti a obědové přestávky v menze. Prosíme o uzavřenou obuv a dlouhé kalhoty; pláště a brýle zapůjčíme.",
                    ),
                ],
            },
            "en": {
                "slug": "chemistry-lab-grades-8-10",
                "title": "Chemistry lab for grades 8–10",
                "teaser": "Lab coats on, safety goggles down: in a real university lab, pupils measure pH values, separate dyes and make soap.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Supervised by students and lab staff, the young people work with pipettes, beakers and indicators – just like at university. Household samples become their own pH scale, and oil and lye turn into a bar of soap to take home.",
                    ),
                    (
                        "fact",
                        "For teachers",
                        "4 hours including a safety briefing and a lunch break in the university canteen. Please wear closed shoes and long trousers; we provide lab coats and goggles.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "energiespeicher-verstehen",
        "format": "class_visit",
        "topics": ["energie", "technik"],
        "levels": ["sek1"],
        "provider": "tu-liberec",
        "ages": (14, 16),
        "age_rule": "exact",
        "grades": (9, 10),
        "min_participants": 15,
        "hours": None,
        "venues": ["tul"],
        "languages": ["cs", "de"],
        "price": "3",
        "capacity": 30,
        "text": {
            "de": {
                "title": "Energiespeicher verstehen (Klasse 9–10)",
                "teaser": "Wie speichert man Sonnenstrom für die Nacht? An der TU Liberec bauen Jugendliche Zitronenbatterien, testen Akkus und besichtigen ein Wasserstofflabor.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In Experimenten vergleichen die Schülerinnen und Schüler Batterie, Kondensator, Schwungrad und Wasserstoff und berechnen, wie lange ein Handy damit laufen würde. Forschende der Universität zeigen, woran in Liberec gerade gearbeitet wird.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Unterricht auf Tschechisch mit deutscher Übersetzung – ideal für Partnerschulen aus beiden Ländern. Anreise mit dem Zug bis Liberec; der Campus liegt 10 Minuten zu Fuß vom Bahnhof.",
                    ),
                ],
            },
            "pl": {
                "slug": "jak-dzialaja-magazyny-energii",
                "title": "Jak działają magazyny energii (klasy 9–10)",
                "teaser": "Jak zachować energię słoneczną na noc? Na Uniwersytecie Technicznym w Libercu młodzież buduje baterie z cytryn, testuje akumulatory i zwiedza laboratorium wodorowe.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Podczas doświadczeń uczniowie porównują baterię, kondensator, koło zamachowe i wodór oraz obliczają, jak długo mógłby na nich działać telefon. Naukowcy uczelni pokazują, nad czym obecnie pracuje się w Libercu.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Zajęcia po czesku z tłumaczeniem na niemiecki – idealne dla szkół partnerskich z obu krajów. Dojazd pociągiem do Liberca; kampus jest 10 minut pieszo od dworca.",
                    ),
                ],
            },
            "cs": {
                "slug": "jak-funguji-uloziste-energie",
                "title": "Jak fungují úložiště energie (9.–10. třída)",
                "teaser": "Jak uložit sluneční energii na noc? Na Technické univerzitě v Liberci mladí lidé staví citronové baterie, testují akumulátory a prohlédnou si vodíkovou laboratoř.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Při pokusech žáci porovnávají baterii, kondenzátor, setrvačník a vodík a počítají, jak dlouho by na ně běžel mobil. Vědci z univerzity ukážou, na čem se v Liberci právě pracuje.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Výuka v češtině s překladem do němčiny – ideální pro partnerské školy z obou zemí. Cesta vlakem do Liberce; kampus je 10 minut pěšky od nádraží.",
                    ),
                ],
            },
            "en": {
                "slug": "understanding-energy-storage",
                "title": "Understanding energy storage (grades 9–10)",
                "teaser": "How do you save solar power for the night? At the Technical University of Liberec, teenagers build lemon batteries, test rechargeable cells and visit a hydrogen lab.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Through experiments, pupils compare batteries, capacitors, flywheels and hydrogen and work out how long a phone could run on each. University researchers show what is currently being developed in Liberec.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Taught in Czech with German interpretation – ideal for partner schools from both countries. Travel by train to Liberec; the campus is a 10-minute walk from the station.",
                    ),
                ],
            },
        },
    },
]

_PART2 = [
    {
        "slug": "3d-druck-im-unterricht",
        "format": "class_visit",
        "topics": ["3d-druck", "technik"],
        "levels": ["sek1"],
        "provider": "makerspace-goerlitz",
        "ages": (12, 15),
        "age_rule": "exact",
        "grades": (7, 9),
        "min_participants": 12,
        "hours": None,
        "venues": ["makerspace", "mdk-zgorzelec"],
        "languages": ["de", "pl"],
        "price": "6",
        "capacity": 25,
        "text": {
            "de": {
                "title": "3D-Druck im Unterricht (Klasse 7–9)",
                "teaser": "Vom Bildschirm in die Hand: Die Klasse konstruiert am Computer eigene Schlüsselanhänger und Ersatzteile und sieht zu, wie der 3D-Drucker sie Schicht für Schicht aufbaut.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Mit Tinkercad lernen die Jugendlichen, aus Grundkörpern ein Modell zu bauen, Maße einzuhalten und Dateien für den Drucker vorzubereiten. Während die Drucker laufen, geht es um Materialien, Recycling und die Frage, wo 3D-Druck heute eingesetzt wird.",
                    ),
                    (
                        "fact",
                        "Mitbringen",
                        "Gute Laune und, wenn vorhanden, eine Idee für ein kleines Objekt. Die gedruckten Teile schicken wir nach etwa einer Woche an die Schule. Termine in Görlitz auf Deutsch, in Zgorzelec auf Polnisch.",
                    ),
                ],
            },
            "pl": {
                "slug": "druk-3d-na-lekcji",
                "title": "Druk 3D na lekcji (klasy 7–9)",
                "teaser": "Z ekranu prosto do ręki: klasa projektuje na komputerze własne breloki i części zamienne i obserwuje, jak drukarka 3D buduje je warstwa po warstwie.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W programie Tinkercad młodzież uczy się tworzyć model z brył podstawowych, trzymać się wymiarów i przygotowywać pliki dla drukarki. Gdy drukarki pracują, rozmawiamy o materiałach, recyklingu i o tym, gdzie dziś wykorzystuje się druk 3D.",
                    ),
                    (
                        "fact",
                        "Co zabrać",
                        "Dobry humor i, jeśli jest, pomysł na mały przedmiot. Wydrukowane elementy wysyłamy do szkoły po około tygodniu. Terminy w Görlitz po niemiecku, w Zgorzelcu po polsku.",
                    ),
                ],
            },
            "cs": {
                "slug": "3d-tisk-ve-vyuce",
                "title": "3D tisk ve výuce (7.–9. třída)",
                "teaser": "Z obrazovky rovnou do ruky: třída na počítači navrhne vlastní přívěsky na klíče a náhradní díly a sleduje, jak je 3D tiskárna staví vrstvu po vrstvě.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "V programu Tinkercad se mladí lidé učí skládat model ze základních těles, dodržovat rozměry a připravit soubory pro tiskárnu. Zatímco tiskárny běží, mluvíme o materiálech, recyklaci a o tom, kde se dnes 3D tisk používá.",
                    ),
                    (
                        "fact",
                        "Co s sebou",
                        "Dobrou náladu a, pokud máte, nápad na malý předmět. Vytištěné díly pošleme do školy zhruba po týdnu. Termíny v Görlitz v němčině, ve Zgorzelci v polštině.",
                    ),
                ],
            },
            "en": {
                "slug": "3d-printing-in-the-classroom",
                "title": "3D printing in the classroom (grades 7–9)",
                "teaser": "From screen to hand: the class designs its own key rings and spare parts on the computer and watches the 3D printer build them layer by layer.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Using Tinkercad, the young people learn to build a model from basic shapes, keep to exact measurements and prepare files for the printer. While the printers run, we talk about materials, recycling and where 3D printing is used today.",
                    ),
                    (
                        "fact",
                        "What to bring",
                        "A good mood and, if you have one, an idea for a small object. We send the printed parts to your school after about a week. Sessions in Görlitz are in German, in Zgorzelec in Polish.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "umweltdetektive-am-bach",
        "format": "class_visit",
        "topics": ["umwelt", "naturwissenschaften"],
        "levels": ["grundschule"],
        "provider": "ddm-varnsdorf",
        "ages": (8, 11),
        "age_rule": "exact",
        "grades": (3, 5),
        "min_participants": 10,
        "hours": None,
        "venues": ["ddm-varnsdorf"],
        "languages": ["cs", "de"],
        "price": "2",
        "capacity": 25,
        "text": {
            "de": {
                "title": "Umweltdetektive am Bach (Klasse 3–5)",
                "teaser": "Mit Kescher, Lupe und Becherlupe untersuchen die Kinder einen Bach bei Varnsdorf und finden heraus, wie sauber das Wasser ist.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Köcherfliegenlarven, Bachflohkrebse, Steinfliegen: Die Tiere im Wasser verraten, wie gesund ein Bach ist. Die Kinder bestimmen ihre Funde mit Bildkarten, messen Temperatur und Fließgeschwindigkeit und tragen alles in ein Forscherheft ein.",
                    ),
                    (
                        "fact",
                        "Mitbringen",
                        "Gummistiefel, wetterfeste Kleidung und etwas zu trinken. Das Programm findet auf Tschechisch und Deutsch statt – ideal für deutsch-tschechische Schulpartnerschaften.",
                    ),
                ],
            },
            "pl": {
                "slug": "detektywi-przyrody-nad-potokiem",
                "title": "Detektywi przyrody nad potokiem (klasy 3–5)",
                "teaser": "Z czerpakiem, lupą i pudełkiem z lupą dzieci badają potok koło Varnsdorfu i sprawdzają, jak czysta jest woda.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Larwy chruścików, kiełże, widelnice: zwierzęta żyjące w wodzie zdradzają, jak zdrowy jest potok. Dzieci rozpoznają znaleziska za pomocą kart z obrazkami, mierzą temperaturę i prędkość nurtu i zapisują wszystko w zeszycie badacza.",
                    ),
                    (
                        "fact",
                        "Co zabrać",
                        "Kalosze, ubranie na każdą pogodę i coś do picia. Zajęcia odbywają się po czesku i po niemiecku – idealne dla czesko-niemieckich partnerstw szkół.",
                    ),
                ],
            },
            "cs": {
                "slug": "ekodetektivove-u-potoka",
                "title": "Ekodetektivové u potoka (3.–5. třída)",
                "teaser": "Se síťkou, lupou a pozorovací krabičkou děti zkoumají potok u Varnsdorfu a zjišťují, jak čistá je voda.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Larvy chrostíků, blešivci, pošvatky: živočichové ve vodě prozradí, jak zdravý potok je. Děti určují své úlovky podle obrázkových karet, měří teplotu a rychlost proudu a vše zapisují do badatelského sešitu.",
                    ),
                    (
                        "fact",
                        "Co s sebou",
                        "Holínky, oblečení do každého počasí a pití. Program probíhá česky a německy – ideální pro česko-německá partnerství škol.",
                    ),
                ],
            },
            "en": {
                "slug": "nature-detectives-at-the-stream",
                "title": "Nature detectives at the stream (grades 3–5)",
                "teaser": "With nets, magnifying glasses and bug boxes, the children investigate a stream near Varnsdorf and find out how clean the water is.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Caddisfly larvae, freshwater shrimps, stoneflies: the animals living in the water reveal how healthy a stream is. The children identify their finds with picture cards, measure temperature and flow speed and record everything in an explorer's notebook.",
                    ),
                    (
                        "fact",
                        "What to bring",
                        "Wellies, weatherproof clothing and a drink. The programme runs in Czech and German – ideal for Czech-German school partnerships.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "robotik-ag-arduino",
        "format": "series",
        "topics": ["robotik", "informatik", "technik"],
        "levels": ["sek1"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (12, 16),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "20",
        "venues": ["hszg-zittau"],
        "languages": ["de"],
        "price": "45",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Robotik-AG mit Arduino",
                "teaser": "Zehn Nachmittage, ein Ziel: Jugendliche löten, verkabeln und programmieren ihren eigenen Roboter, der Hindernissen ausweicht und einer Linie folgt.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In der Arbeitsgemeinschaft an der Hochschule lernen die Teilnehmenden Schritt für Schritt Sensoren, Motoren und die Programmiersprache C++ kennen. Studierende der Elektrotechnik und Informatik stehen mit Rat und Lötkolben zur Seite.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Zehn Termine à 2 Stunden, jeweils mittwochs. Der Bausatz ist im Preis enthalten und gehört am Ende euch. Laptops sind vorhanden, eigene dürft ihr gern mitbringen.",
                    ),
                ],
            },
            "pl": {
                "slug": "kolo-robotyki-z-arduino",
                "title": "Koło robotyki z Arduino",
                "teaser": "Dziesięć popołudni, jeden cel: młodzież lutuje, łączy przewody i programuje własnego robota, który omija przeszkody i jeździ po linii.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na zajęciach koła na uczelni uczestnicy krok po kroku poznają czujniki, silniki i język programowania C++. Studenci elektrotechniki i informatyki pomagają radą i lutownicą.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Dziesięć spotkań po 2 godziny, zawsze w środy. Zestaw jest wliczony w cenę i na koniec zostaje u was. Laptopy są na miejscu, ale można przynieść własny.",
                    ),
                ],
            },
            "cs": {
                "slug": "roboticky-krouzek-s-arduinem",
                "title": "Robotický kroužek s Arduinem",
                "teaser": "Deset odpolední, jeden cíl: mladí pájejí, zapojují a programují vlastního robota, který se vyhýbá překážkám a jezdí po čáře.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "V kroužku na vysoké škole se účastníci krok za krokem seznámí se senzory, motory a programovacím jazykem C++. Studenti elektrotechniky a informatiky pomohou radou i páječkou.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Deset setkání po 2 hodinách, vždy ve středu. Stavebnice je v ceně a na konci zůstane vám. Notebooky jsou k dispozici, vlastní si ale klidně přineste.",
                    ),
                ],
            },
            "en": {
                "slug": "robotics-club-with-arduino",
                "title": "Robotics club with Arduino",
                "teaser": "Ten afternoons, one goal: teenagers solder, wire up and program their own robot that avoids obstacles and follows a line.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In the club at the university, participants get to know sensors, motors and the C++ programming language step by step. Electrical engineering and computer science students are on hand with advice and soldering irons.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Ten sessions of 2 hours, always on Wednesdays. The kit is included in the price and is yours to keep. Laptops are provided, but you are welcome to bring your own.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "lego-roboter-grundschule",
        "format": "series",
        "topics": ["robotik", "informatik"],
        "levels": ["grundschule"],
        "provider": "science-center-oberlausitz",
        "ages": (6, 10),
        "age_rule": "birth_year",
        "grades": None,
        "min_participants": 4,
        "hours": "16",
        "venues": ["scz", "bok-bogatynia"],
        "languages": ["de", "pl"],
        "price": "40",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Lego-Roboter für Grundschulkinder",
                "teaser": "Bauen, programmieren, losfahren: Grundschulkinder konstruieren mit Lego Education kleine Roboter, die blinken, sich drehen und auf Geräusche reagieren.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "An acht Nachmittagen entsteht jede Woche ein neues Modell – vom tanzenden Roboter bis zum Greifarm. Programmiert wird mit bunten Bildblöcken auf dem Tablet, sodass auch Kinder mitmachen können, die noch nicht lesen.",
                    ),
                    (
                        "p",
                        "Zum Abschluss laden die Kinder ihre Familien zu einer kleinen Roboter-Show ein.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Kurse in Zittau auf Deutsch, in Bogatynia auf Polnisch. Bei der Anmeldung zählt der Jahrgang: Mitmachen können Kinder, die im Kursjahr 6 bis 10 Jahre alt werden.",
                    ),
                ],
            },
            "pl": {
                "slug": "roboty-z-lego-dla-dzieci",
                "title": "Roboty z Lego dla dzieci",
                "teaser": "Budujemy, programujemy i ruszamy: uczniowie szkoły podstawowej konstruują z Lego Education małe roboty, które migają, obracają się i reagują na dźwięki.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Przez osiem popołudni co tydzień powstaje nowy model – od tańczącego robota po ramię chwytające. Programujemy kolorowymi blokami z obrazkami na tablecie, więc poradzą sobie także dzieci, które jeszcze nie czytają.",
                    ),
                    (
                        "p",
                        "Na zakończenie dzieci zapraszają rodziny na mały pokaz robotów.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Zajęcia w Zittau po niemiecku, w Bogatyni po polsku. Przy zapisie liczy się rocznik: mogą wziąć udział dzieci, które w roku kursu kończą od 6 do 10 lat.",
                    ),
                ],
            },
            "cs": {
                "slug": "lego-roboti-pro-deti",
                "title": "Lego roboti pro děti z prvního stupně",
                "teaser": "Postavit, naprogramovat, vyrazit: děti z prvního stupně staví z Lega Education malé roboty, kteří blikají, otáčejí se a reagují na zvuky.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Během osmi odpolední vznikne každý týden nový model – od tančícího robota po chytací rameno. Programuje se barevnými obrázkovými bloky na tabletu, takže si poradí i děti, které ještě neumějí číst.",
                    ),
                    ("p", "Na závěr děti pozvou své rodiny na malou robotickou show."),
                    (
                        "fact",
                        "Dobré vědět",
                        "Kurz v Zittau probíhá německy, v Bogatyni polsky. Při přihlášce rozhoduje ročník narození: přihlásit se mohou děti, které v roce kurzu dovrší 6 až 10 let.",
                    ),
                ],
            },
            "en": {
                "slug": "lego-robots-for-primary-school-children",
                "title": "Lego robots for primary school children",
                "teaser": "Build, program, go: primary school children use Lego Education to construct small robots that blink, turn and react to sounds.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Over eight afternoons, a new model is built each week – from a dancing robot to a gripper arm. Programming is done with colourful picture blocks on a tablet, so even children who cannot read yet can join in.",
                    ),
                    (
                        "p",
                        "At the end, the children invite their families to a little robot show.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Sessions in Zittau are in German, in Bogatynia in Polish. Registration goes by year of birth: children who turn 6 to 10 in the course year can take part.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "kleine-naturforscher-loebau",
        "format": "series",
        "topics": ["naturwissenschaften", "umwelt"],
        "levels": ["kita"],
        "provider": "vhs-landkreis-goerlitz",
        "ages": (4, 6),
        "age_rule": "birth_year",
        "grades": None,
        "min_participants": 4,
        "hours": "8",
        "venues": ["loebau"],
        "languages": ["de"],
        "price": "0",
        "capacity": 10,
        "text": {
            "de": {
                "title": "Kleine Naturforscher in Löbau",
                "teaser": "Einmal im Monat gehen Vorschulkinder mit einer Begleitperson auf Entdeckungsreise: Warum fallen Blätter? Wohin fließt der Regen? Was krabbelt im Laub?",
                "summary": "Kinder von 4 bis 6 Jahren erforschen die Natur. Ein Erwachsener kommt mit. Wir treffen uns einmal im Monat. Der Kurs kostet nichts.",
                "body": [
                    (
                        "p",
                        "Jedes Treffen beginnt mit einer Geschichte und endet mit einem Experiment, das die Kinder selbst durchführen. Im Laufe des Jahres füllt sich ein eigenes Naturforscher-Buch mit gepressten Blättern, Zeichnungen und Fotos.",
                    ),
                    (
                        "fact",
                        "Mitbringen",
                        "Kleidung, die schmutzig werden darf, und für Ausflüge in den Garten Gummistiefel. Für die Teilnahme zählt der Jahrgang.",
                    ),
                ],
            },
            "pl": {
                "slug": "mali-przyrodnicy-w-loebau",
                "title": "Mali przyrodnicy w Löbau",
                "teaser": "Raz w miesiącu przedszkolaki wyruszają z opiekunem na wyprawę odkrywców: Dlaczego liście spadają? Dokąd płynie deszcz? Co pełza wśród liści?",
                "summary": "Dzieci w wieku od 4 do 6 lat badają przyrodę. Przychodzi z nimi jeden dorosły. Spotykamy się raz w miesiącu. Kurs jest bezpłatny.",
                "body": [
                    (
                        "p",
                        "Każde spotkanie zaczyna się od opowiadania, a kończy doświadczeniem, które dzieci wykonują same. W ciągu roku zapełnia się własna książka przyrodnika z zasuszonymi liśćmi, rysunkami i zdjęciami.",
                    ),
                    (
                        "fact",
                        "Co zabrać",
                        "Ubranie, które może się pobrudzić, a na wyjścia do ogrodu kalosze. O udziale decyduje rocznik.",
                    ),
                ],
            },
            "cs": {
                "slug": "mali-prirodovedci-v-loebau",
                "title": "Malí přírodovědci v Löbau",
                "teaser": "Jednou za měsíc vyrážejí předškoláci s doprovodem na objevnou výpravu: Proč padá listí? Kam teče déšť? Co leze v listí?",
                "summary": "Děti od 4 do 6 let zkoumají přírodu. Přijde s nimi jeden dospělý. Scházíme se jednou za měsíc. Kurz je zdarma.",
                "body": [
                    (
                        "p",
                        "Každé setkání začíná příběhem a končí pokusem, který děti provedou samy. Během roku se zaplní vlastní kniha malého přírodovědce s vylisovanými listy, kresbami a fotkami.",
                    ),
                    (
                        "fact",
                        "Co s sebou",
                        "Oblečení, které se smí ušpinit, a na výpravy do zahrady holínky. Pro účast rozhoduje ročník narození.",
                    ),
                ],
            },
            "en": {
                "slug": "little-nature-explorers-loebau",
                "title": "Little nature explorers in Löbau",
                "teaser": "Once a month, pre-school children and an accompanying adult set off on a voyage of discovery: Why do leaves fall? Where does the rain go? What is crawling in the leaves?",
                "summary": "Children aged 4 to 6 explore nature. One adult comes along. We meet once a month. The course is free.",
                "body": [
                    (
                        "p",
                        "Every session starts with a story and ends with an experiment the children carry out themselves. Over the year, each child fills their own nature explorer's book with pressed leaves, drawings and photos.",
                    ),
                    (
                        "fact",
                        "What to bring",
                        "Clothes that can get dirty, and wellies for trips into the garden. Eligibility goes by year of birth.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "mathe-knobelclub-liberec",
        "format": "series",
        "topics": ["mathematik"],
        "levels": ["grundschule", "sek1"],
        "provider": "tu-liberec",
        "ages": (9, 12),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "12",
        "venues": ["knihovna-liberec"],
        "languages": ["cs", "de"],
        "price": "20",
        "capacity": 14,
        "text": {
            "de": {
                "title": "Mathe-Knobelclub in Liberec",
                "teaser": "Rätsel, Logikspiele und kniffelige Aufgaben: Im Knobelclub in der Bibliothek in Liberec tüfteln deutsche und tschechische Kinder gemeinsam.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Mathematikstudierende der TU Liberec bringen jede Woche neue Denksportaufgaben mit – von Streichholzrätseln bis zu Strategiespielen. Gerechnet wird wenig, gedacht viel, und die Sprache ist oft gar nicht so wichtig.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Acht Treffen à 90 Minuten, zweisprachig auf Tschechisch und Deutsch. Ein Heft und ein Stift genügen.",
                    ),
                ],
            },
            "pl": {
                "slug": "klub-lamiglowek-matematycznych-liberec",
                "title": "Klub łamigłówek matematycznych w Libercu",
                "teaser": "Zagadki, gry logiczne i podchwytliwe zadania: w klubie łamigłówek w bibliotece w Libercu niemieckie i czeskie dzieci wspólnie łamią sobie głowy.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Studenci matematyki z Uniwersytetu Technicznego w Libercu co tydzień przynoszą nowe łamigłówki – od zagadek z zapałkami po gry strategiczne. Liczymy niewiele, myślimy dużo, a język często wcale nie jest najważniejszy.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Osiem spotkań po 90 minut, dwujęzycznie po czesku i po niemiecku. Wystarczy zeszyt i długopis.",
                    ),
                ],
            },
            "cs": {
                "slug": "klub-matematickych-hlavolamu",
                "title": "Klub matematických hlavolamů v Liberci",
                "teaser": "Hádanky, logické hry a záludné úlohy: v klubu hlavolamů v liberecké knihovně si německé a české děti společně lámou hlavu.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Studenti matematiky z TU v Liberci přinášejí každý týden nové hlavolamy – od úloh se sirkami po strategické hry. Počítá se málo, přemýšlí hodně a jazyk často vůbec není to nejdůležitější.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Osm setkání po 90 minutách, dvojjazyčně česky a německy. Stačí sešit a tužka.",
                    ),
                ],
            },
            "en": {
                "slug": "maths-puzzle-club-liberec",
                "title": "Maths puzzle club in Liberec",
                "teaser": "Riddles, logic games and tricky problems: in the puzzle club at the library in Liberec, German and Czech children put their heads together.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Maths students from the Technical University of Liberec bring new brain teasers every week – from matchstick puzzles to strategy games. There is little calculating and a lot of thinking, and language often turns out not to matter much.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Eight sessions of 90 minutes, bilingual in Czech and German. A notebook and a pen are all you need.",
                    ),
                ],
            },
        },
    },
]
COURSES += _PART2

_PART3 = [
    {
        "slug": "junge-astronomen-zgorzelec",
        "format": "series",
        "topics": ["astronomie", "naturwissenschaften"],
        "levels": ["sek1"],
        "provider": "mdk-zgorzelec",
        "ages": (10, 14),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "12",
        "venues": ["mdk-zgorzelec"],
        "languages": ["pl", "de"],
        "price": "30",
        "capacity": 15,
        "text": {
            "de": {
                "title": "Junge Astronomen in Zgorzelec",
                "teaser": "Planeten, Mondphasen und Sternbilder: In sechs Treffen lernen Jugendliche, den Himmel über der Neiße zu lesen – mit Teleskop und Sternkarte.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Wir bauen eine drehbare Sternkarte, beobachten die Sonne durch Spezialfilter und legen im Park ein maßstabsgetreues Modell des Sonnensystems aus. Bei klarem Himmel schauen wir abends durch das Teleskop des Jugendkulturhauses.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Sechs Treffen à 2 Stunden, auf Polnisch mit deutscher Unterstützung. Bitte warme Kleidung für die Abendbeobachtung mitbringen.",
                    ),
                ],
            },
            "pl": {
                "slug": "mlodzi-astronomowie-zgorzelec",
                "title": "Młodzi astronomowie w Zgorzelcu",
                "teaser": "Planety, fazy Księżyca i gwiazdozbiory: podczas sześciu spotkań młodzież uczy się czytać niebo nad Nysą – z teleskopem i mapą nieba.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Budujemy obrotową mapę nieba, obserwujemy Słońce przez specjalne filtry i rozkładamy w parku model Układu Słonecznego w skali. Przy bezchmurnym niebie wieczorem patrzymy przez teleskop Młodzieżowego Domu Kultury.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Sześć spotkań po 2 godziny, po polsku ze wsparciem w języku niemieckim. Na wieczorne obserwacje prosimy zabrać ciepłe ubranie.",
                    ),
                ],
            },
            "cs": {
                "slug": "mladi-astronomove-zgorzelec",
                "title": "Mladí astronomové ve Zgorzelci",
                "teaser": "Planety, fáze Měsíce a souhvězdí: během šesti setkání se mladí lidé učí číst oblohu nad Nisou – s dalekohledem a hvězdnou mapou.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Vyrobíme otočnou mapu hvězdné oblohy, pozorujeme Slunce přes speciální filtry a v parku rozmístíme model sluneční soustavy v měřítku. Za jasné oblohy se večer díváme dalekohledem Domu kultury mládeže.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Šest setkání po 2 hodinách, polsky s podporou v němčině. Na večerní pozorování si prosím vezměte teplé oblečení.",
                    ),
                ],
            },
            "en": {
                "slug": "young-astronomers-zgorzelec",
                "title": "Young astronomers in Zgorzelec",
                "teaser": "Planets, phases of the Moon and constellations: over six sessions, young people learn to read the sky above the Neisse – with a telescope and a star chart.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "We build a rotating star chart, observe the Sun through special filters and lay out a scale model of the solar system in the park. When the sky is clear, we look through the youth cultural centre's telescope in the evening.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Six sessions of 2 hours, in Polish with German support. Please bring warm clothes for the evening observation.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "familienwerkstatt-solarauto",
        "format": "workshop",
        "topics": ["energie", "technik"],
        "levels": ["grundschule", "erwachsene"],
        "provider": "science-center-oberlausitz",
        "ages": (7, 12),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": None,
        "venues": ["scz"],
        "languages": ["de"],
        "price": "12",
        "capacity": 16,
        "text": {
            "de": {
                "title": "Familienwerkstatt: Solarauto bauen",
                "teaser": "Ein Nachmittag für Kinder und ihre Großen: Gemeinsam baut jede Familie ein kleines Auto, das nur mit Sonnenlicht fährt.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Aus Holzbrettchen, Rädern, Motor und Solarzelle entsteht Schritt für Schritt ein fahrtüchtiges Solarauto. Dabei erfahren Groß und Klein, wie aus Licht Strom wird und warum der Winkel zur Sonne so wichtig ist.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Der Preis gilt pro Familie mit einem Bausatz, das Auto nehmen Sie mit nach Hause. Bei Regen testen wir unter starken Lampen – gefahren wird immer.",
                    ),
                ],
            },
            "pl": {
                "slug": "warsztaty-rodzinne-samochod-solarny",
                "title": "Warsztaty rodzinne: budujemy samochód solarny",
                "teaser": "Popołudnie dla dzieci i ich dorosłych: każda rodzina wspólnie buduje mały samochód, który jeździ tylko dzięki światłu słonecznemu.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Z drewnianej deseczki, kół, silniczka i ogniwa słonecznego krok po kroku powstaje jeżdżący samochód solarny. Przy okazji duzi i mali dowiadują się, jak ze światła powstaje prąd i dlaczego kąt ustawienia do słońca jest tak ważny.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Cena dotyczy jednej rodziny z jednym zestawem, a samochód zabieracie do domu. Gdy pada deszcz, testujemy pod mocnymi lampami – jeździmy zawsze.",
                    ),
                ],
            },
            "cs": {
                "slug": "rodinna-dilna-solarni-auticko",
                "title": "Rodinná dílna: stavíme solární autíčko",
                "teaser": "Odpoledne pro děti a jejich dospělé: každá rodina společně postaví malé autíčko, které jezdí jen díky slunečnímu světlu.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Z dřevěné destičky, koleček, motorku a solárního článku krok za krokem vznikne pojízdné solární autíčko. Velcí i malí se přitom dozvědí, jak se ze světla stává elektřina a proč je úhel ke slunci tak důležitý.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Cena platí pro jednu rodinu s jednou stavebnicí, autíčko si odnesete domů. Když prší, zkoušíme pod silnými lampami – jezdí se vždycky.",
                    ),
                ],
            },
            "en": {
                "slug": "family-workshop-solar-car",
                "title": "Family workshop: Build a solar car",
                "teaser": "An afternoon for children and their grown-ups: each family builds a small car together that runs on sunlight alone.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Step by step, a wooden board, wheels, a motor and a solar cell turn into a working solar car. Along the way, young and old find out how light becomes electricity and why the angle to the sun matters so much.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "The price is per family with one kit, and you take the car home. If it rains, we test under bright lamps – the cars always get to drive.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "wasser-experimente-kita",
        "format": "workshop",
        "topics": ["naturwissenschaften"],
        "levels": ["kita"],
        "provider": "christian-weise-bibliothek",
        "ages": (3, 6),
        "age_rule": "birth_year",
        "grades": None,
        "min_participants": 4,
        "hours": None,
        "venues": ["bibliothek-zittau"],
        "languages": ["de"],
        "price": "0",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Wasser-Experimente für Kita-Kinder",
                "teaser": "Plitschen, gießen, staunen: Kinder von 3 bis 6 Jahren entdecken mit einer Begleitperson, was Wasser alles kann.",
                "summary": "Kinder machen Experimente mit Wasser. Mama, Papa oder Oma kommen mit. Es kostet nichts.",
                "body": [
                    (
                        "p",
                        "Wir zaubern einen Regenbogen ins Glas, lassen Büroklammern auf dem Wasser schwimmen und malen mit Farbe, die von selbst wandert. Danach lesen wir gemeinsam ein Bilderbuch über einen kleinen Wassertropfen.",
                    ),
                    (
                        "fact",
                        "Mitbringen",
                        "Ein Handtuch und Kleidung zum Wechseln. Jedes Kind bekommt ein Experimentier-Kärtchen für zu Hause. Für die Teilnahme zählt der Jahrgang.",
                    ),
                ],
            },
            "pl": {
                "slug": "eksperymenty-z-woda-dla-przedszkolakow",
                "title": "Eksperymenty z wodą dla przedszkolaków",
                "teaser": "Chlapiemy, przelewamy, dziwimy się: dzieci w wieku od 3 do 6 lat razem z opiekunem odkrywają, co potrafi woda.",
                "summary": "Dzieci robią doświadczenia z wodą. Przychodzi z nimi mama, tata albo babcia. Udział jest bezpłatny.",
                "body": [
                    (
                        "p",
                        "Wyczarowujemy tęczę w szklance, sprawiamy, że spinacze pływają po wodzie, i malujemy farbą, która sama wędruje. Potem razem czytamy książeczkę obrazkową o małej kropelce wody.",
                    ),
                    (
                        "fact",
                        "Co zabrać",
                        "Ręcznik i ubranie na zmianę. Każde dziecko dostaje kartę z doświadczeniem do zrobienia w domu. O udziale decyduje rocznik.",
                    ),
                ],
            },
            "cs": {
                "slug": "pokusy-s-vodou-pro-deti-ze-skolky",
                "title": "Pokusy s vodou pro děti ze školky",
                "teaser": "Šplouchat, přelévat, žasnout: děti od 3 do 6 let s doprovodem objevují, co všechno voda umí.",
                "summary": "Děti dělají pokusy s vodou. Přijde s nimi máma, táta nebo babička. Je to zdarma.",
                "body": [
                    (
                        "p",
                        "Vykouzlíme duhu ve sklenici, necháme kancelářské sponky plavat na vodě a malujeme barvou, která sama putuje. Potom si společně přečteme obrázkovou knížku o malé kapce vody.",
                    ),
                    (
                        "fact",
                        "Co s sebou",
                        "Ručník a oblečení na převlečení. Každé dítě dostane kartičku s pokusem na doma. Pro účast rozhoduje ročník narození.",
                    ),
                ],
            },
            "en": {
                "slug": "water-experiments-for-nursery-children",
                "title": "Water experiments for nursery children",
                "teaser": "Splash, pour, marvel: children aged 3 to 6 and an accompanying adult discover all the things water can do.",
                "summary": "Children do experiments with water. Mum, Dad or Grandma comes along. It is free.",
                "body": [
                    (
                        "p",
                        "We conjure up a rainbow in a glass, get paper clips to float on water and paint with colours that travel all by themselves. Afterwards we read a picture book about a little water drop together.",
                    ),
                    (
                        "fact",
                        "What to bring",
                        "A towel and a change of clothes. Every child gets an experiment card to take home. Eligibility goes by year of birth.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "familienwerkstatt-insektenhotel-luban",
        "format": "workshop",
        "topics": ["umwelt", "naturwissenschaften"],
        "levels": ["grundschule"],
        "provider": "mdk-zgorzelec",
        "ages": (5, 10),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": None,
        "venues": ["luban"],
        "languages": ["pl"],
        "price": "0",
        "capacity": 20,
        "text": {
            "de": {
                "title": "Familienwerkstatt: Insektenhotel bauen in Lubań",
                "teaser": "Wildbienen suchen eine Wohnung: Familien bauen gemeinsam ein Insektenhotel für Garten oder Balkon und lernen die kleinen Gäste kennen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Mit Holz, Schilf, Bambus und Tannenzapfen füllen Kinder und Eltern ein vorbereitetes Häuschen. Unter der Lupe sehen wir uns an, wer später einziehen könnte und warum Wildbienen für unsere Obstbäume so wichtig sind.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Der Workshop findet auf Polnisch statt und ist kostenlos. Das fertige Insektenhotel nehmen Sie mit nach Hause – bitte eine Tasche mitbringen.",
                    ),
                ],
            },
            "pl": {
                "slug": "warsztaty-rodzinne-hotel-dla-owadow",
                "title": "Warsztaty rodzinne: budujemy hotel dla owadów w Lubaniu",
                "teaser": "Dzikie pszczoły szukają mieszkania: rodziny wspólnie budują hotel dla owadów do ogrodu lub na balkon i poznają małych gości.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Dzieci i rodzice wypełniają przygotowany domek drewnem, trzciną, bambusem i szyszkami. Pod lupą oglądamy, kto może się do niego wprowadzić i dlaczego dzikie pszczoły są tak ważne dla naszych drzew owocowych.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Warsztaty prowadzimy po polsku i są bezpłatne. Gotowy hotel dla owadów zabieracie do domu – prosimy przynieść torbę.",
                    ),
                ],
            },
            "cs": {
                "slug": "rodinna-dilna-hmyzi-hotel",
                "title": "Rodinná dílna: stavíme hmyzí hotel v Lubani",
                "teaser": "Divoké včely hledají byt: rodiny společně staví hmyzí hotel na zahradu nebo balkon a seznamují se s malými hosty.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Děti a rodiče plní připravený domeček dřevem, rákosem, bambusem a šiškami. Pod lupou si prohlédneme, kdo by se mohl nastěhovat a proč jsou divoké včely tak důležité pro naše ovocné stromy.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Dílna probíhá v polštině a je zdarma. Hotový hmyzí hotel si odnesete domů – přineste si prosím tašku.",
                    ),
                ],
            },
            "en": {
                "slug": "family-workshop-insect-hotel",
                "title": "Family workshop: Build an insect hotel in Lubań",
                "teaser": "Wild bees are looking for a home: families build an insect hotel together for their garden or balcony and get to know the little guests.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Children and parents fill a ready-made little house with wood, reeds, bamboo and pine cones. Under the magnifier we look at who might move in later and why wild bees matter so much for our fruit trees.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "The workshop is held in Polish and is free of charge. You take the finished insect hotel home – please bring a bag.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "wasserraketen-familien-hradek",
        "format": "workshop",
        "topics": ["technik", "naturwissenschaften"],
        "levels": ["grundschule", "sek1"],
        "provider": "ddm-varnsdorf",
        "ages": (8, 14),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": None,
        "venues": ["hradek"],
        "languages": ["cs", "de"],
        "price": "5",
        "capacity": 20,
        "text": {
            "de": {
                "title": "Familienwerkstatt: Wasserraketen starten in Hrádek",
                "teaser": "3, 2, 1 – Start! Aus PET-Flaschen bauen Familien Raketen, die mit Wasser und Luftdruck bis zu 50 Meter hoch fliegen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Wir basteln Flossen und Spitzen, füllen Wasser ein und pumpen Luft in die Flasche, bis die Rakete abhebt. Wie viel Wasser ist ideal? Welche Form fliegt am weitesten? Das finden wir gemeinsam mit Maßband und Stoppuhr heraus.",
                    ),
                    (
                        "fact",
                        "Mitbringen",
                        "Zwei leere 1,5-Liter-PET-Flaschen pro Familie und Kleidung, die nass werden darf. Der Workshop ist zweisprachig, Tschechisch und Deutsch, direkt am Dreiländerpunkt.",
                    ),
                ],
            },
            "pl": {
                "slug": "warsztaty-rodzinne-rakiety-wodne",
                "title": "Warsztaty rodzinne: rakiety wodne w Hrádku",
                "teaser": "3, 2, 1 – start! Z butelek PET rodziny budują rakiety, które dzięki wodzie i sprężonemu powietrzu wzlatują nawet na 50 metrów.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Przyklejamy stateczniki i stożki, wlewamy wodę i pompujemy powietrze do butelki, aż rakieta wystartuje. Ile wody jest najlepiej? Który kształt leci najdalej? Sprawdzamy to razem z taśmą mierniczą i stoperem.",
                    ),
                    (
                        "fact",
                        "Co zabrać",
                        "Dwie puste butelki PET 1,5 l na rodzinę i ubranie, które może się zmoczyć. Warsztaty są dwujęzyczne, po czesku i po niemiecku, tuż przy trójstyku granic.",
                    ),
                ],
            },
            "cs": {
                "slug": "rodinna-dilna-vodni-rakety",
                "title": "Rodinná dílna: startujeme vodní rakety v Hrádku",
                "teaser": "3, 2, 1 – start! Z PET lahví stavějí rodiny rakety, které díky vodě a tlaku vzduchu vyletí až do výšky 50 metrů.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Vyrobíme stabilizátory a špičky, nalijeme vodu a pumpujeme do lahve vzduch, dokud raketa nevzlétne. Kolik vody je ideální? Který tvar doletí nejdál? To zjistíme společně s metrem a stopkami.",
                    ),
                    (
                        "fact",
                        "Co s sebou",
                        "Dvě prázdné 1,5litrové PET lahve na rodinu a oblečení, které se smí namočit. Dílna je dvojjazyčná, česky a německy, přímo u trojmezí.",
                    ),
                ],
            },
            "en": {
                "slug": "family-workshop-water-rockets",
                "title": "Family workshop: Launch water rockets in Hrádek",
                "teaser": "3, 2, 1 – lift-off! Families turn PET bottles into rockets that fly up to 50 metres high using water and air pressure.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "We make fins and nose cones, fill in water and pump air into the bottle until the rocket takes off. How much water is ideal? Which shape flies furthest? We find out together with a tape measure and a stopwatch.",
                    ),
                    (
                        "fact",
                        "What to bring",
                        "Two empty 1.5-litre PET bottles per family and clothes that can get wet. The workshop is bilingual, in Czech and German, right at the border triangle.",
                    ),
                ],
            },
        },
    },
]
COURSES += _PART3

_PART4 = [
    {
        "slug": "ferien-forscherwoche",
        "format": "holiday",
        "topics": ["naturwissenschaften", "mathematik", "umwelt"],
        "levels": ["grundschule"],
        "provider": "science-center-oberlausitz",
        "ages": (7, 10),
        "age_rule": "birth_year",
        "grades": None,
        "min_participants": 8,
        "hours": None,
        "venues": ["scz"],
        "languages": ["de"],
        "price": "85",
        "capacity": 20,
        "text": {
            "de": {
                "title": "Ferien-Forscherwoche",
                "teaser": "Fünf Ferientage voller Experimente: Wir bauen Vulkane, mischen Farben, vermessen das Gelände rund um das Science-Center und erforschen den Wald am Stadtrand.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Jeden Tag steht ein anderes Thema im Mittelpunkt – Luft, Wasser, Licht, Zahlen und Natur. Am Freitag präsentieren die Kinder ihren Familien die spannendsten Versuche der Woche.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Montag bis Freitag, 8 bis 15 Uhr, inklusive Mittagessen und Obst. Bitte Trinkflasche, Sonnenhut und feste Schuhe mitbringen. Bei der Anmeldung zählt der Jahrgang.",
                    ),
                ],
            },
            "pl": {
                "slug": "wakacyjny-tydzien-badaczy",
                "title": "Wakacyjny tydzień małych badaczy",
                "teaser": "Pięć dni wakacji pełnych eksperymentów: budujemy wulkany, mieszamy kolory, mierzymy teren wokół Science-Center i badamy las na skraju miasta.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Każdego dnia w centrum uwagi jest inny temat – powietrze, woda, światło, liczby i przyroda. W piątek dzieci pokazują rodzinom najciekawsze doświadczenia tygodnia.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Od poniedziałku do piątku, w godzinach 8–15, z obiadem i owocami. Prosimy zabrać bidon, kapelusz od słońca i wygodne, pełne buty. Przy zapisie liczy się rocznik.",
                    ),
                ],
            },
            "cs": {
                "slug": "prazdninovy-badatelsky-tyden",
                "title": "Prázdninový badatelský týden",
                "teaser": "Pět prázdninových dní plných pokusů: stavíme sopky, mícháme barvy, měříme okolí Science-Center a zkoumáme les na kraji města.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Každý den je věnovaný jinému tématu – vzduchu, vodě, světlu, číslům a přírodě. V pátek děti předvedou svým rodinám nejzajímavější pokusy týdne.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Od pondělí do pátku, 8 až 15 hodin, včetně oběda a ovoce. Přibalte prosím láhev na pití, klobouček proti slunci a pevné boty. Při přihlášce rozhoduje ročník narození.",
                    ),
                ],
            },
            "en": {
                "slug": "holiday-explorers-week",
                "title": "Holiday explorers' week",
                "teaser": "Five holiday days full of experiments: we build volcanoes, mix colours, measure the grounds around the Science Center and explore the woods on the edge of town.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Each day focuses on a different theme – air, water, light, numbers and nature. On Friday the children present the most exciting experiments of the week to their families.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Monday to Friday, 8 am to 3 pm, including lunch and fruit. Please bring a water bottle, a sun hat and sturdy shoes. Registration goes by year of birth.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "sommer-robotik-camp",
        "format": "holiday",
        "topics": ["robotik", "informatik", "3d-druck"],
        "levels": ["sek1"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (11, 15),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 8,
        "hours": None,
        "venues": ["hszg-goerlitz", "tul"],
        "languages": ["de", "cs"],
        "price": "120",
        "capacity": 16,
        "text": {
            "de": {
                "title": "Sommer-Robotik-Camp",
                "teaser": "Eine Woche, ein Team, ein Roboter: Deutsche und tschechische Jugendliche entwickeln gemeinsam Roboter für einen Hindernisparcours – mit Sensoren, Code und Teilen aus dem 3D-Drucker.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In gemischten Teams konstruieren die Teilnehmenden Fahrgestelle, drucken Greifer und Halterungen und programmieren ihre Roboter in Python. Zwei Tage verbringen wir an der Hochschule in Görlitz, zwei an der TU Liberec.",
                    ),
                    (
                        "p",
                        "Am letzten Tag treten alle Teams beim Robotik-Wettbewerb gegeneinander an – Eltern und Freunde sind herzlich eingeladen.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Fünf Tage, 9 bis 16 Uhr, inklusive Mittagessen und Bustransfer zwischen Görlitz und Liberec. Kursleitung auf Deutsch und Tschechisch; Englischkenntnisse helfen, sind aber nicht nötig.",
                    ),
                ],
            },
            "pl": {
                "slug": "letni-oboz-robotyki",
                "title": "Letni obóz robotyki",
                "teaser": "Jeden tydzień, jeden zespół, jeden robot: niemiecka i czeska młodzież wspólnie tworzy roboty na tor przeszkód – z czujnikami, kodem i częściami z drukarki 3D.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W mieszanych zespołach uczestnicy konstruują podwozia, drukują chwytaki i uchwyty oraz programują roboty w Pythonie. Dwa dni spędzamy na uczelni w Görlitz, dwa na Uniwersytecie Technicznym w Libercu.",
                    ),
                    (
                        "p",
                        "Ostatniego dnia wszystkie zespoły rywalizują w zawodach robotów – rodzice i przyjaciele są serdecznie zaproszeni.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Pięć dni, w godzinach 9–16, z obiadem i przejazdem autobusem między Görlitz a Libercem. Zajęcia po niemiecku i po czesku; znajomość angielskiego pomaga, ale nie jest konieczna.",
                    ),
                ],
            },
            "cs": {
                "slug": "letni-roboticky-kemp",
                "title": "Letní robotický kemp",
                "teaser": "Jeden týden, jeden tým, jeden robot: němečtí a čeští teenageři společně vyvíjejí roboty pro překážkovou dráhu – se senzory, kódem a díly z 3D tiskárny.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Ve smíšených týmech účastníci konstruují podvozky, tisknou chapadla a držáky a programují své roboty v Pythonu. Dva dny strávíme na vysoké škole v Görlitz, dva na Technické univerzitě v Liberci.",
                    ),
                    (
                        "p",
                        "Poslední den se všechny týmy utkají v robotické soutěži – rodiče a kamarádi jsou srdečně zváni.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Pět dní, 9 až 16 hodin, včetně oběda a autobusové dopravy mezi Görlitz a Libercem. Výuka v němčině a češtině; angličtina pomůže, ale není nutná.",
                    ),
                ],
            },
            "en": {
                "slug": "summer-robotics-camp",
                "title": "Summer robotics camp",
                "teaser": "One week, one team, one robot: German and Czech teenagers develop robots for an obstacle course together – with sensors, code and 3D-printed parts.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In mixed teams, participants design chassis, print grippers and mounts and program their robots in Python. We spend two days at the university in Görlitz and two at the Technical University of Liberec.",
                    ),
                    (
                        "p",
                        "On the last day all teams compete in a robotics contest – parents and friends are warmly invited.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Five days, 9 am to 4 pm, including lunch and a bus transfer between Görlitz and Liberec. Taught in German and Czech; English helps but is not required.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "ferien-energiewerkstatt-bogatynia",
        "format": "holiday",
        "topics": ["energie", "umwelt", "technik"],
        "levels": ["grundschule", "sek1"],
        "provider": "mdk-zgorzelec",
        "ages": (9, 13),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": None,
        "venues": ["bok-bogatynia"],
        "languages": ["pl", "de"],
        "price": "0",
        "capacity": 18,
        "text": {
            "de": {
                "title": "Ferien-Energiewerkstatt in Bogatynia",
                "teaser": "Windräder aus Joghurtbechern, Solaröfen aus Pizzakartons: In drei Ferientagen entdecken Kinder, wie Energie entsteht und wie man sie spart.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Wir messen, wie viel Strom ein Fahrraddynamo liefert, backen Kekse im selbst gebauten Solarofen und gehen im Kulturhaus auf Energiespar-Detektivtour. Zum Schluss entwirft jedes Kind ein Plakat für sein Zuhause.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Drei Tage, 9 bis 13 Uhr, kostenlos. Auf Polnisch mit deutschsprachiger Begleitung; bitte Frühstück und etwas zu trinken mitbringen.",
                    ),
                ],
            },
            "pl": {
                "slug": "wakacyjna-pracownia-energii-bogatynia",
                "title": "Wakacyjna pracownia energii w Bogatyni",
                "teaser": "Wiatraki z kubków po jogurcie, piekarniki słoneczne z pudełek po pizzy: przez trzy dni wakacji dzieci odkrywają, skąd bierze się energia i jak ją oszczędzać.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Mierzymy, ile prądu daje dynamo rowerowe, pieczemy ciasteczka w samodzielnie zbudowanym piekarniku słonecznym i jako detektywi tropimy w domu kultury marnowaną energię. Na koniec każde dziecko projektuje plakat do swojego domu.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Trzy dni, w godzinach 9–13, bezpłatnie. Zajęcia po polsku z opiekunem mówiącym po niemiecku; prosimy zabrać drugie śniadanie i coś do picia.",
                    ),
                ],
            },
            "cs": {
                "slug": "prazdninova-energeticka-dilna",
                "title": "Prázdninová energetická dílna v Bogatyni",
                "teaser": "Větrníky z kelímků od jogurtu, solární trouby z krabic od pizzy: během tří prázdninových dnů děti objevují, jak vzniká energie a jak ji šetřit.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Měříme, kolik elektřiny vyrobí dynamo na kole, pečeme sušenky v solární troubě vlastní výroby a v domě kultury jako detektivové pátráme po plýtvání energií. Na závěr každé dítě navrhne plakát pro svůj domov.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Tři dny, 9 až 13 hodin, zdarma. V polštině s německy mluvícím doprovodem; přibalte prosím svačinu a pití.",
                    ),
                ],
            },
            "en": {
                "slug": "holiday-energy-workshop-bogatynia",
                "title": "Holiday energy workshop in Bogatynia",
                "teaser": "Wind turbines from yoghurt pots, solar ovens from pizza boxes: over three holiday days, children discover where energy comes from and how to save it.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "We measure how much electricity a bicycle dynamo produces, bake biscuits in a home-made solar oven and go on an energy-saving detective tour of the cultural centre. At the end, every child designs a poster for their own home.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Three days, 9 am to 1 pm, free of charge. In Polish with German-speaking support; please bring a snack and a drink.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "sternwarte-nacht-familien",
        "format": "open_event",
        "topics": ["astronomie"],
        "levels": ["grundschule", "sek1", "erwachsene"],
        "provider": "science-center-oberlausitz",
        "ages": (5, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["sternwarte-bautzen"],
        "languages": ["de"],
        "price": "0",
        "capacity": 80,
        "text": {
            "de": {
                "title": "Sternwarte-Nacht für Familien",
                "teaser": "Mond, Saturn und Sternhaufen live erleben: An der Sternwarte Bautzen öffnen wir die Kuppel für Familien – mit Teleskopführungen und Sternenmärchen für die Kleinen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Zum Auftakt zeigt das Planetarium, welche Sterne heute Abend zu sehen sind. Danach stellen Kinder und Erwachsene selbst das Teleskop auf den Mond scharf, und wer mag, bastelt eine Sternbild-Laterne.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Eintritt frei, eine Anmeldung hilft uns bei der Planung. Bei Bewölkung gibt es Planetarium und Mitmachstationen statt Teleskop. Warme Jacke nicht vergessen!",
                    ),
                ],
            },
            "pl": {
                "slug": "noc-w-obserwatorium-dla-rodzin",
                "title": "Noc w obserwatorium dla rodzin",
                "teaser": "Księżyc, Saturn i gromady gwiazd na żywo: w obserwatorium w Budziszynie otwieramy kopułę dla rodzin – z pokazami przez teleskop i gwiezdnymi bajkami dla najmłodszych.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na początek w planetarium pokazujemy, jakie gwiazdy będzie widać dzisiejszego wieczoru. Potem dzieci i dorośli sami ustawiają ostrość teleskopu na Księżyc, a chętni robią lampion z gwiazdozbiorem.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Wstęp wolny, zgłoszenie ułatwia nam planowanie. Przy zachmurzeniu zamiast teleskopu czekają planetarium i stanowiska do eksperymentów. Nie zapomnijcie ciepłej kurtki!",
                    ),
                ],
            },
            "cs": {
                "slug": "noc-na-hvezdarne-pro-rodiny",
                "title": "Noc na hvězdárně pro rodiny",
                "teaser": "Měsíc, Saturn a hvězdokupy naživo: na hvězdárně v Budyšíně otevíráme kopuli pro rodiny – s pozorováním dalekohledem a hvězdnými pohádkami pro nejmenší.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na úvod planetárium ukáže, které hvězdy bude dnes večer vidět. Pak si děti i dospělí sami zaostří dalekohled na Měsíc a kdo chce, vyrobí si lucernu se souhvězdím.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Vstup zdarma, přihláška nám pomůže s plánováním. Když je zataženo, místo dalekohledu čeká planetárium a interaktivní stanoviště. Nezapomeňte teplou bundu!",
                    ),
                ],
            },
            "en": {
                "slug": "observatory-night-for-families",
                "title": "Observatory night for families",
                "teaser": "See the Moon, Saturn and star clusters live: at Bautzen observatory we open the dome for families – with telescope tours and star tales for the little ones.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "To start, the planetarium shows which stars can be seen tonight. Then children and adults focus the telescope on the Moon themselves, and anyone who likes can make a constellation lantern.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Admission is free; registering helps us plan. If it is cloudy, the planetarium and hands-on stations replace the telescope. Don't forget a warm jacket!",
                    ),
                ],
            },
        },
    },
    {
        "slug": "tag-der-offenen-labore",
        "format": "open_event",
        "topics": ["naturwissenschaften", "technik", "informatik", "energie"],
        "levels": ["sek1", "sek2"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (10, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["hszg-zittau"],
        "languages": ["de", "pl", "cs"],
        "price": "0",
        "capacity": 200,
        "text": {
            "de": {
                "title": "Tag der offenen Labore",
                "teaser": "Einmal im Jahr öffnet die Hochschule in Zittau ihre Labore: Schülerinnen, Schüler und Familien schauen Forschenden über die Schulter und experimentieren selbst.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Von der Brennstoffzelle über das Robotiklabor bis zum Mikroskop mit 1000-facher Vergrößerung: An über 20 Stationen gibt es Experimente zum Mitmachen, kurze Vorträge und Gespräche mit Studierenden aus Deutschland, Polen und Tschechien.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Eintritt frei; Schulklassen melden sich bitte vorab an. Führungen auch auf Polnisch und Tschechisch.",
                    ),
                ],
            },
            "pl": {
                "slug": "dzien-otwartych-laboratoriow",
                "title": "Dzień otwartych laboratoriów",
                "teaser": "Raz w roku uczelnia w Zittau otwiera swoje laboratoria: uczniowie i rodziny zaglądają naukowcom przez ramię i sami eksperymentują.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Od ogniwa paliwowego przez laboratorium robotyki po mikroskop z 1000-krotnym powiększeniem: na ponad 20 stanowiskach czekają eksperymenty do samodzielnego wykonania, krótkie wykłady i rozmowy ze studentami z Niemiec, Polski i Czech.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Wstęp wolny; klasy szkolne prosimy o wcześniejsze zgłoszenie. Oprowadzanie także po polsku i po czesku.",
                    ),
                ],
            },
            "cs": {
                "slug": "den-otevrenych-laboratori",
                "title": "Den otevřených laboratoří",
                "teaser": "Jednou za rok otevírá vysoká škola v Zittau své laboratoře: žáci a rodiny mohou nahlédnout vědcům přes rameno a sami experimentovat.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Od palivového článku přes robotickou laboratoř až po mikroskop s tisícinásobným zvětšením: na více než 20 stanovištích čekají pokusy na vyzkoušení, krátké přednášky a rozhovory se studenty z Německa, Polska a Česka.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Vstup zdarma; školní třídy se prosím přihlaste předem. Prohlídky i v polštině a češtině.",
                    ),
                ],
            },
            "en": {
                "slug": "open-lab-day",
                "title": "Open lab day",
                "teaser": "Once a year the university in Zittau opens its labs: pupils and families look over researchers' shoulders and try out experiments themselves.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "From fuel cells and the robotics lab to a microscope with 1000× magnification: more than 20 stations offer hands-on experiments, short talks and conversations with students from Germany, Poland and the Czech Republic.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Admission is free; school classes please register in advance. Guided tours also in Polish and Czech.",
                    ),
                ],
            },
        },
    },
]
COURSES += _PART4
