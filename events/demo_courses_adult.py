"""Demo courses for young people (Sek II), vocational training, adults and seniors.

Plain data for `manage.py load_demo_data`, in the schema of the course catalogue:
German is the source language, every course also has Polish, Czech and English
texts (with their own slugs). Focus of this file: upper secondary school,
apprentices, further training with teaching hours, seniors and open events in
the German–Polish–Czech border region around Zittau.
"""

COURSES = [
    {
        "slug": "python-fuer-erwachsene",
        "format": "series",
        "topics": ["informatik"],
        "levels": ["erwachsene"],
        "provider": "vhs-landkreis-goerlitz",
        "ages": (18, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": "24",
        "venues": ["hszg-goerlitz"],
        "languages": ["de"],
        "price": "120",
        "capacity": 14,
        "text": {
            "de": {
                "title": "Python für Erwachsene",
                "teaser": "Programmieren lernen ohne Vorkenntnisse: An acht Abenden schreiben Sie Ihre ersten Python-Skripte und automatisieren kleine Aufgaben aus dem Büroalltag.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Sie lernen Variablen, Schleifen, Funktionen und das Arbeiten mit Dateien und Tabellen. Jeder Abend verbindet eine kurze Einführung mit viel Zeit zum Üben am Rechner.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmebescheinigung der Volkshochschule mit Nachweis über 24 Unterrichtsstunden.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Sicherer Umgang mit Maus, Tastatur und Dateien. Ein eigener Laptop ist willkommen, Leihgeräte sind vorhanden.",
                    ),
                ],
            },
            "pl": {
                "slug": "python-dla-doroslych",
                "title": "Python dla dorosłych",
                "teaser": "Nauka programowania bez wcześniejszego przygotowania: w osiem wieczorów napiszesz pierwsze skrypty w Pythonie i zautomatyzujesz drobne zadania z codziennej pracy biurowej.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Poznasz zmienne, pętle, funkcje oraz pracę z plikami i tabelami. Każdy wieczór to krótkie wprowadzenie i dużo czasu na ćwiczenia przy komputerze.",
                    ),
                    (
                        "fact",
                        "Zaświadczenie",
                        "Zaświadczenie o uczestnictwie wydane przez Volkshochschule, potwierdzające 24 godziny lekcyjne.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Swobodna obsługa myszy, klawiatury i plików. Możesz przynieść własnego laptopa, na miejscu są też komputery do wypożyczenia.",
                    ),
                ],
            },
            "cs": {
                "slug": "python-pro-dospele",
                "title": "Python pro dospělé",
                "teaser": "Naučte se programovat bez předchozích znalostí: během osmi večerů napíšete své první skripty v Pythonu a zautomatizujete drobné úkoly z kancelářské praxe.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Seznámíte se s proměnnými, cykly, funkcemi a prací se soubory a tabulkami. Každý večer spojuje krátký výklad s dostatkem času na procvičování u počítače.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Potvrzení o účasti od Volkshochschule s doložením 24 vyučovacích hodin.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Jistá práce s myší, klávesnicí a soubory. Vlastní notebook je vítán, na místě si můžete počítač i zapůjčit.",
                    ),
                ],
            },
            "en": {
                "slug": "python-for-adults",
                "title": "Python for adults",
                "teaser": "Learn to code with no prior experience: over eight evenings you will write your first Python scripts and automate small everyday office tasks.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You will learn about variables, loops, functions and working with files and tables. Each evening combines a short introduction with plenty of time to practise at the computer.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Certificate of attendance from the Volkshochschule confirming 24 teaching hours.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Confident use of mouse, keyboard and files. Feel free to bring your own laptop; loan computers are available.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "cnc-und-additive-fertigung-weiterbildung",
        "format": "series",
        "topics": ["3d-druck", "technik"],
        "levels": ["erwachsene", "ausbildung"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (18, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "40",
        "venues": ["hszg-zittau"],
        "languages": ["de"],
        "price": "180",
        "capacity": 10,
        "text": {
            "de": {
                "title": "CNC und additive Fertigung (Weiterbildung)",
                "teaser": "Vom CAD-Modell zum fertigen Bauteil: Die Weiterbildung verbindet CNC-Fräsen mit 3D-Druck in Kunststoff und Metall – praxisnah in den Laboren der Hochschule.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Sie planen Fertigungsschritte, erstellen G-Code, richten Fräsmaschine und 3D-Drucker ein und vergleichen Kosten, Genauigkeit und Materialeinsatz beider Verfahren. Ein eigenes Werkstück begleitet Sie durch alle fünf Kurstage.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Hochschulzertifikat über 40 Unterrichtsstunden, anrechenbar als betriebliche Weiterbildung.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Abgeschlossene Ausbildung in einem Metall-, Elektro- oder Kunststoffberuf oder vergleichbare Berufserfahrung.",
                    ),
                ],
            },
            "pl": {
                "slug": "cnc-i-wytwarzanie-przyrostowe-kurs-doskonalacy",
                "title": "CNC i wytwarzanie przyrostowe (kurs doskonalący)",
                "teaser": "Od modelu CAD do gotowej części: kurs łączy frezowanie CNC z drukiem 3D z tworzyw sztucznych i metalu – praktycznie, w laboratoriach uczelni.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Zaplanujesz etapy obróbki, przygotujesz G-kod, ustawisz frezarkę i drukarkę 3D oraz porównasz koszty, dokładność i zużycie materiału w obu technologiach. Przez wszystkie pięć dni kursu pracujesz nad własnym detalem.",
                    ),
                    (
                        "fact",
                        "Certyfikat",
                        "Certyfikat uczelni potwierdzający 40 godzin lekcyjnych, który może zostać uznany jako szkolenie zawodowe.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Ukończona nauka zawodu w branży metalowej, elektrycznej lub przetwórstwa tworzyw albo porównywalne doświadczenie zawodowe.",
                    ),
                ],
            },
            "cs": {
                "slug": "cnc-a-aditivni-vyroba-dalsi-vzdelavani",
                "title": "CNC a aditivní výroba (další vzdělávání)",
                "teaser": "Od CAD modelu k hotovému dílu: kurz propojuje CNC frézování s 3D tiskem z plastů a kovů – prakticky, v laboratořích vysoké školy.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Naplánujete výrobní postup, vytvoříte G-kód, seřídíte frézku i 3D tiskárnu a porovnáte náklady, přesnost a spotřebu materiálu obou technologií. Po všech pět dní kurzu pracujete na vlastním obrobku.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Certifikát vysoké školy v rozsahu 40 vyučovacích hodin, který lze uznat jako firemní vzdělávání.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Vyučení v kovoobráběcím, elektrotechnickém nebo plastikářském oboru, případně srovnatelná praxe.",
                    ),
                ],
            },
            "en": {
                "slug": "cnc-and-additive-manufacturing-further-training",
                "title": "CNC and additive manufacturing (further training)",
                "teaser": "From CAD model to finished part: this course combines CNC milling with 3D printing in plastics and metal – hands-on in the university's labs.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You will plan machining steps, generate G-code, set up the milling machine and 3D printer, and compare cost, accuracy and material use of both processes. A workpiece of your own accompanies you through all five course days.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "University certificate for 40 teaching hours, which can be recognised as in-company training.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Completed vocational training in a metal, electrical or plastics trade, or comparable work experience.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "batteriespeicher-und-photovoltaik-fuer-handwerksbetriebe",
        "format": "series",
        "topics": ["energie", "technik", "umwelt"],
        "levels": ["erwachsene", "ausbildung"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (18, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": "16",
        "venues": ["hszg-zittau", "tul"],
        "languages": ["de", "cs"],
        "price": "150",
        "capacity": 16,
        "text": {
            "de": {
                "title": "Batteriespeicher und Photovoltaik für Handwerksbetriebe",
                "teaser": "Für Elektro- und SHK-Betriebe: Wie plant, installiert und wartet man PV-Anlagen mit Batteriespeicher sicher – und wie berät man die Kundschaft dazu?",
                "summary": "",
                "body": [
                    (
                        "p",
                        "An zwei Wochenenden lernen Sie Speichertechnologien, Dimensionierung, Brandschutz und Netzanschluss kennen und messen an echten Anlagen in Zittau und Liberec. Der Kurs findet abwechselnd auf Deutsch und Tschechisch mit Dolmetschung statt.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmezertifikat über 16 Unterrichtsstunden, ausgestellt von der Hochschule Zittau/Görlitz und der TU Liberec.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Grundkenntnisse der Elektrotechnik; für Meisterinnen und Meister, Fachkräfte sowie Azubis im letzten Lehrjahr.",
                    ),
                ],
            },
            "pl": {
                "slug": "magazyny-energii-i-fotowoltaika-dla-firm-rzemieslniczych",
                "title": "Magazyny energii i fotowoltaika dla firm rzemieślniczych",
                "teaser": "Dla firm elektrycznych i instalacyjnych: jak bezpiecznie zaprojektować, zamontować i serwisować instalację PV z magazynem energii – i jak doradzić w tym klientom?",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W dwa weekendy poznasz technologie magazynowania, dobór mocy, ochronę przeciwpożarową i przyłączenie do sieci, a pomiary wykonasz na prawdziwych instalacjach w Żytawie i Libercu. Zajęcia prowadzone są na przemian po niemiecku i po czesku, z tłumaczeniem.",
                    ),
                    (
                        "fact",
                        "Certyfikat",
                        "Certyfikat uczestnictwa (16 godzin lekcyjnych) wydany przez Hochschule Zittau/Görlitz i Uniwersytet Techniczny w Libercu.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Podstawowa wiedza z elektrotechniki; dla mistrzów, wykwalifikowanych pracowników i uczniów ostatniego roku nauki zawodu.",
                    ),
                ],
            },
            "cs": {
                "slug": "bateriova-uloziste-a-fotovoltaika-pro-remeslne-firmy",
                "title": "Bateriová úložiště a fotovoltaika pro řemeslné firmy",
                "teaser": "Pro elektroinstalační a topenářské firmy: jak bezpečně navrhnout, nainstalovat a udržovat fotovoltaiku s bateriovým úložištěm – a jak o ní poradit zákazníkům?",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Během dvou víkendů se seznámíte s technologiemi ukládání energie, dimenzováním, požární ochranou a připojením k síti a budete měřit na skutečných instalacích v Žitavě a Liberci. Výuka probíhá střídavě v němčině a češtině s tlumočením.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Certifikát o absolvování v rozsahu 16 vyučovacích hodin, vydaný Hochschule Zittau/Görlitz a Technickou univerzitou v Liberci.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Základní znalosti elektrotechniky; určeno mistrům, kvalifikovaným pracovníkům a učňům posledního ročníku.",
                    ),
                ],
            },
            "en": {
                "slug": "battery-storage-and-photovoltaics-for-trade-businesses",
                "title": "Battery storage and photovoltaics for trade businesses",
                "teaser": "For electrical, plumbing and heating businesses: how to plan, install and maintain PV systems with battery storage safely – and how to advise customers on them.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Over two weekends you will learn about storage technologies, sizing, fire safety and grid connection, and take measurements on real installations in Zittau and Liberec. Sessions alternate between German and Czech, with interpreting.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Certificate of attendance for 16 teaching hours, issued jointly by Hochschule Zittau/Görlitz and the Technical University of Liberec.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Basic knowledge of electrical engineering; for master craftspeople, skilled workers and apprentices in their final year.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "grundlagen-der-elektrotechnik-fuer-quereinsteiger",
        "format": "series",
        "topics": ["technik", "naturwissenschaften"],
        "levels": ["erwachsene"],
        "provider": "vhs-landkreis-goerlitz",
        "ages": (18, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": "24",
        "venues": ["loebau"],
        "languages": ["de"],
        "price": "90",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Grundlagen der Elektrotechnik für Quereinsteiger",
                "teaser": "Spannung, Strom, Widerstand – verständlich erklärt und sofort ausprobiert: der Einstieg für alle, die beruflich in Richtung Elektrotechnik wechseln möchten.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Sie bauen einfache Schaltungen auf, messen mit dem Multimeter, lesen Schaltpläne und lernen die wichtigsten Sicherheitsregeln kennen. Die Rechenbeispiele bleiben bodenständig: Grundrechenarten und Dreisatz genügen.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmebescheinigung der VHS über 24 Unterrichtsstunden. Der Kurs ersetzt keine Ausbildung zur Elektrofachkraft.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Keine Vorkenntnisse nötig – nur Neugier und etwas Geduld.",
                    ),
                ],
            },
            "pl": {
                "slug": "podstawy-elektrotechniki-dla-osob-zmieniajacych-zawod",
                "title": "Podstawy elektrotechniki dla osób zmieniających zawód",
                "teaser": "Napięcie, prąd, opór – zrozumiale wyjaśnione i od razu wypróbowane: dobry start dla wszystkich, którzy chcą przebranżowić się w kierunku elektrotechniki.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Zbudujesz proste obwody, wykonasz pomiary multimetrem, nauczysz się czytać schematy i poznasz najważniejsze zasady bezpieczeństwa. Obliczenia są przystępne: wystarczą cztery działania i proporcje.",
                    ),
                    (
                        "fact",
                        "Zaświadczenie",
                        "Zaświadczenie o uczestnictwie z VHS (24 godziny lekcyjne). Kurs nie zastępuje kwalifikacji elektryka.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Nie potrzebujesz wcześniejszej wiedzy – wystarczą ciekawość i odrobina cierpliwości.",
                    ),
                ],
            },
            "cs": {
                "slug": "zaklady-elektrotechniky-pro-zajemce-o-zmenu-oboru",
                "title": "Základy elektrotechniky pro zájemce o změnu oboru",
                "teaser": "Napětí, proud, odpor – srozumitelně vysvětleno a hned vyzkoušeno: start pro všechny, kdo chtějí profesně přejít k elektrotechnice.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Sestavíte jednoduché obvody, budete měřit multimetrem, číst schémata a poznáte nejdůležitější bezpečnostní pravidla. Výpočty zůstávají při zemi: stačí základní početní operace a trojčlenka.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Potvrzení o účasti od VHS v rozsahu 24 vyučovacích hodin. Kurz nenahrazuje odbornou kvalifikaci elektrikáře.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Žádné předchozí znalosti nejsou nutné – jen zvědavost a trochu trpělivosti.",
                    ),
                ],
            },
            "en": {
                "slug": "electrical-engineering-basics-for-career-changers",
                "title": "Electrical engineering basics for career changers",
                "teaser": "Voltage, current, resistance – clearly explained and tried out right away: the starting point for anyone moving into electrical work.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You will build simple circuits, measure with a multimeter, read circuit diagrams and learn the key safety rules. The maths stays down to earth: basic arithmetic and the rule of three are enough.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "VHS certificate of attendance for 24 teaching hours. The course does not replace training as a qualified electrician.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "No previous knowledge needed – just curiosity and a little patience.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "datenanalyse-mit-tabellenkalkulation",
        "format": "series",
        "topics": ["mathematik", "informatik"],
        "levels": ["erwachsene"],
        "provider": "vhs-landkreis-goerlitz",
        "ages": (18, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": "16",
        "venues": ["bibliothek-zittau"],
        "languages": ["de"],
        "price": "60",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Datenanalyse mit Tabellenkalkulation",
                "teaser": "Aus Zahlenkolonnen Erkenntnisse gewinnen: Sie lernen Formeln, Pivot-Tabellen und aussagekräftige Diagramme – mit LibreOffice Calc oder Excel.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "An echten offenen Daten, etwa Wetter- und Energiedaten aus der Region, üben Sie Sortieren, Filtern, Verweisfunktionen und einfache Statistik. Zum Schluss erstellen Sie ein eigenes kleines Auswertungs-Dashboard.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmebescheinigung über 16 Unterrichtsstunden.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Grundkenntnisse in einer Tabellenkalkulation, etwa einfache Summenformeln.",
                    ),
                ],
            },
            "pl": {
                "slug": "analiza-danych-w-arkuszu-kalkulacyjnym",
                "title": "Analiza danych w arkuszu kalkulacyjnym",
                "teaser": "Wyciągaj wnioski z kolumn liczb: nauczysz się formuł, tabel przestawnych i czytelnych wykresów – w LibreOffice Calc lub w Excelu.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na prawdziwych otwartych danych, np. pogodowych i energetycznych z regionu, ćwiczysz sortowanie, filtrowanie, funkcje wyszukiwania i prostą statystykę. Na koniec przygotujesz własny mały pulpit z wynikami analizy.",
                    ),
                    (
                        "fact",
                        "Zaświadczenie",
                        "Zaświadczenie o uczestnictwie (16 godzin lekcyjnych).",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Podstawowa znajomość arkusza kalkulacyjnego, np. prostych formuł sumujących.",
                    ),
                ],
            },
            "cs": {
                "slug": "analyza-dat-v-tabulkovem-procesoru",
                "title": "Analýza dat v tabulkovém procesoru",
                "teaser": "Získejte ze sloupců čísel užitečné poznatky: naučíte se vzorce, kontingenční tabulky a výstižné grafy – v LibreOffice Calc nebo v Excelu.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na skutečných otevřených datech, například o počasí a energetice v regionu, procvičíte řazení, filtrování, vyhledávací funkce a jednoduchou statistiku. Na závěr sestavíte vlastní malý přehledový dashboard.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Potvrzení o účasti v rozsahu 16 vyučovacích hodin.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Základní znalost tabulkového procesoru, například jednoduchých součtových vzorců.",
                    ),
                ],
            },
            "en": {
                "slug": "data-analysis-with-spreadsheets",
                "title": "Data analysis with spreadsheets",
                "teaser": "Turn columns of numbers into insight: learn formulas, pivot tables and meaningful charts – in LibreOffice Calc or Excel.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Working with real open data, such as regional weather and energy data, you practise sorting, filtering, lookup functions and simple statistics. At the end you build a small dashboard of your own.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Certificate of attendance for 16 teaching hours.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Basic spreadsheet skills, such as simple SUM formulas.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "technisches-zeichnen-mit-cad",
        "format": "series",
        "topics": ["technik", "3d-druck"],
        "levels": ["ausbildung", "erwachsene"],
        "provider": "makerspace-goerlitz",
        "ages": (16, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "24",
        "venues": ["makerspace"],
        "languages": ["de", "pl"],
        "price": "110",
        "capacity": 10,
        "text": {
            "de": {
                "title": "Technisches Zeichnen mit CAD",
                "teaser": "Normgerechte Zeichnungen und 3D-Modelle am Computer: ein Kurs für Azubis, Umsteigerinnen und Tüftler, zweisprachig auf Deutsch und Polnisch.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Sie lernen Ansichten, Schnitte, Bemaßung und Toleranzen nach DIN/ISO und setzen sie mit der freien Software FreeCAD um. Ihr bestes Modell drucken wir zum Abschluss auf einem 3D-Drucker des Makerspace.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmebescheinigung über 24 Unterrichtsstunden mit Beschreibung der Kursinhalte.",
                    ),
                    (
                        "fact",
                        "Mitbringen",
                        "Einen Laptop mit Maus; FreeCAD installieren wir gemeinsam am ersten Abend.",
                    ),
                ],
            },
            "pl": {
                "slug": "rysunek-techniczny-w-cad",
                "title": "Rysunek techniczny w CAD",
                "teaser": "Rysunki zgodne z normami i modele 3D na komputerze: dwujęzyczny kurs (niemiecki i polski) dla uczniów szkół zawodowych, osób zmieniających zawód i majsterkowiczów.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Nauczysz się rzutów, przekrojów, wymiarowania i tolerancji według norm DIN/ISO i zastosujesz je w darmowym programie FreeCAD. Na zakończenie wydrukujemy Twój najlepszy model na drukarce 3D w Makerspace.",
                    ),
                    (
                        "fact",
                        "Zaświadczenie",
                        "Zaświadczenie o uczestnictwie (24 godziny lekcyjne) z opisem treści kursu.",
                    ),
                    (
                        "fact",
                        "Co zabrać",
                        "Laptop z myszką; FreeCAD zainstalujemy wspólnie na pierwszych zajęciach.",
                    ),
                ],
            },
            "cs": {
                "slug": "technicke-kresleni-v-cad",
                "title": "Technické kreslení v CAD",
                "teaser": "Výkresy podle norem a 3D modely na počítači: dvojjazyčný kurz v němčině a polštině pro učně, lidi měnící obor i kutily.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Naučíte se pohledy, řezy, kótování a tolerance podle DIN/ISO a použijete je v bezplatném programu FreeCAD. Na závěr váš nejlepší model vytiskneme na 3D tiskárně v makerspace.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Potvrzení o účasti v rozsahu 24 vyučovacích hodin s popisem obsahu kurzu.",
                    ),
                    (
                        "fact",
                        "Co si přinést",
                        "Notebook s myší; FreeCAD nainstalujeme společně na první lekci.",
                    ),
                ],
            },
            "en": {
                "slug": "technical-drawing-with-cad",
                "title": "Technical drawing with CAD",
                "teaser": "Standard-compliant drawings and 3D models on the computer: a bilingual German–Polish course for apprentices, career changers and tinkerers.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You will learn views, sections, dimensioning and tolerances to DIN/ISO standards and apply them in the free software FreeCAD. To finish, we print your best model on one of the makerspace's 3D printers.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Certificate of attendance for 24 teaching hours with a description of the course content.",
                    ),
                    (
                        "fact",
                        "What to bring",
                        "A laptop with a mouse; we install FreeCAD together on the first evening.",
                    ),
                ],
            },
        },
    },
]

_PART2 = [
    {
        "slug": "ki-verstehen-ein-abendkurs",
        "format": "series",
        "topics": ["informatik", "mathematik"],
        "levels": ["erwachsene", "senioren"],
        "provider": "christian-weise-bibliothek",
        "ages": (18, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": "8",
        "venues": ["bibliothek-zittau"],
        "languages": ["de"],
        "price": "40",
        "capacity": 20,
        "text": {
            "de": {
                "title": "KI verstehen – ein Abendkurs",
                "teaser": "Was steckt hinter ChatGPT, Bilderkennung und Empfehlungsalgorithmen? Vier Abende über Chancen, Grenzen und Risiken künstlicher Intelligenz – ohne Programmierkenntnisse.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Sie erfahren anschaulich, wie maschinelles Lernen funktioniert, trainieren selbst ein kleines Bilderkennungsmodell und probieren Sprachmodelle kritisch aus. Dazu gehören auch Fragen zu Datenschutz, Urheberrecht und Falschinformationen.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmebescheinigung über 8 Unterrichtsstunden.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Keine – wer einen Internetbrowser bedienen kann, ist hier richtig.",
                    ),
                ],
            },
            "pl": {
                "slug": "zrozumiec-sztuczna-inteligencje-kurs-wieczorowy",
                "title": "Zrozumieć sztuczną inteligencję – kurs wieczorowy",
                "teaser": "Co kryje się za ChatGPT, rozpoznawaniem obrazów i algorytmami rekomendacji? Cztery wieczory o szansach, ograniczeniach i zagrożeniach sztucznej inteligencji – bez umiejętności programowania.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W przystępny sposób dowiesz się, jak działa uczenie maszynowe, samodzielnie wytrenujesz mały model rozpoznawania obrazów i krytycznie przetestujesz modele językowe. Porozmawiamy też o ochronie danych, prawie autorskim i dezinformacji.",
                    ),
                    (
                        "fact",
                        "Zaświadczenie",
                        "Zaświadczenie o uczestnictwie (8 godzin lekcyjnych).",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Brak – wystarczy, że umiesz korzystać z przeglądarki internetowej.",
                    ),
                ],
            },
            "cs": {
                "slug": "rozumet-umele-inteligenci-vecerni-kurz",
                "title": "Rozumět umělé inteligenci – večerní kurz",
                "teaser": "Co se skrývá za ChatGPT, rozpoznáváním obrazu a doporučovacími algoritmy? Čtyři večery o možnostech, mezích a rizicích umělé inteligence – bez znalosti programování.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Názorně se dozvíte, jak funguje strojové učení, sami natrénujete malý model pro rozpoznávání obrázků a kriticky vyzkoušíte jazykové modely. Řeč bude i o ochraně osobních údajů, autorském právu a dezinformacích.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Potvrzení o účasti v rozsahu 8 vyučovacích hodin.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Žádné – stačí umět používat webový prohlížeč.",
                    ),
                ],
            },
            "en": {
                "slug": "understanding-ai-an-evening-course",
                "title": "Understanding AI – an evening course",
                "teaser": "What lies behind ChatGPT, image recognition and recommendation algorithms? Four evenings on the opportunities, limits and risks of artificial intelligence – no programming skills required.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You will see how machine learning works, train a small image recognition model yourself and test language models with a critical eye. We also discuss data protection, copyright and misinformation.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Certificate of attendance for 8 teaching hours.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "None – if you can use a web browser, you are ready.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "digitale-welt-fuer-senioren",
        "format": "series",
        "topics": ["informatik"],
        "levels": ["senioren"],
        "provider": "vhs-landkreis-goerlitz",
        "ages": (60, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": "12",
        "venues": ["loebau"],
        "languages": ["de"],
        "price": "30",
        "capacity": 8,
        "text": {
            "de": {
                "title": "Digitale Welt für Senioren",
                "teaser": "Mit Tablet und Smartphone sicher unterwegs: In kleiner Gruppe lernen Sie Schritt für Schritt Videotelefonie, die Grundlagen des Online-Bankings und den Schutz vor Betrug.",
                "summary": "Ein Kurs für ältere Menschen. Sie lernen Tablet und Handy. Wir erklären langsam. Sie können immer fragen.",
                "body": [
                    (
                        "p",
                        "Sechs Vormittage mit viel Zeit zum Ausprobieren: Fotos an die Enkel schicken, Fahrpläne abrufen, Arzttermine online buchen. Besonders wichtig ist uns, dass Sie betrügerische Nachrichten und Anrufe sicher erkennen.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Bringen Sie Ihr eigenes Gerät mit, falls vorhanden; sonst leihen wir Ihnen ein Tablet. Zum Abschluss erhalten Sie eine Teilnahmebescheinigung über 12 Unterrichtsstunden.",
                    ),
                ],
            },
            "pl": {
                "slug": "cyfrowy-swiat-dla-seniorow",
                "title": "Cyfrowy świat dla seniorów",
                "teaser": "Bezpiecznie z tabletem i smartfonem: w małej grupie krok po kroku poznasz rozmowy wideo, podstawy bankowości internetowej i sposoby ochrony przed oszustwami.",
                "summary": "Kurs dla osób starszych. Uczysz się obsługi tabletu i telefonu. Wyjaśniamy powoli. Zawsze możesz zadać pytanie.",
                "body": [
                    (
                        "p",
                        "Sześć przedpołudni z dużą ilością czasu na ćwiczenia: wysyłanie zdjęć wnukom, sprawdzanie rozkładów jazdy, umawianie wizyt u lekarza przez internet. Szczególnie ważne jest dla nas, by uczestnicy pewnie rozpoznawali fałszywe wiadomości i telefony od oszustów.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Przynieś własne urządzenie, jeśli je masz; jeśli nie, pożyczymy Ci tablet. Na zakończenie otrzymasz zaświadczenie o uczestnictwie (12 godzin lekcyjnych).",
                    ),
                ],
            },
            "cs": {
                "slug": "digitalni-svet-pro-seniory",
                "title": "Digitální svět pro seniory",
                "teaser": "S tabletem a chytrým telefonem bezpečně: v malé skupině se krok za krokem naučíte videohovory, základy internetového bankovnictví a ochranu před podvody.",
                "summary": "Kurz pro starší lidi. Naučíte se používat tablet a mobil. Vysvětlujeme pomalu. Ptát se můžete kdykoli.",
                "body": [
                    (
                        "p",
                        "Šest dopolední s dostatkem času na zkoušení: poslat fotky vnoučatům, najít jízdní řád, objednat se online k lékaři. Zvlášť nám záleží na tom, abyste spolehlivě poznali podvodné zprávy a telefonáty.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Přineste si vlastní zařízení, pokud ho máte; jinak vám tablet zapůjčíme. Na závěr obdržíte potvrzení o účasti v rozsahu 12 vyučovacích hodin.",
                    ),
                ],
            },
            "en": {
                "slug": "digital-world-for-seniors",
                "title": "The digital world for seniors",
                "teaser": "Confident with tablet and smartphone: in a small group you learn video calls, online banking basics and how to protect yourself from scams, step by step.",
                "summary": "A course for older people. You learn to use a tablet and a mobile phone. We explain things slowly. You can ask questions at any time.",
                "body": [
                    (
                        "p",
                        "Six mornings with plenty of time to try things out: sending photos to the grandchildren, checking timetables, booking doctor's appointments online. Above all, we want you to recognise fraudulent messages and calls with confidence.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Bring your own device if you have one; otherwise we will lend you a tablet. At the end you receive a certificate of attendance for 12 teaching hours.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "smartphone-sprechstunde",
        "format": "open_event",
        "topics": ["informatik"],
        "levels": ["senioren", "erwachsene"],
        "provider": "christian-weise-bibliothek",
        "ages": (None, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["bibliothek-zittau"],
        "languages": ["de"],
        "price": "0",
        "capacity": 20,
        "text": {
            "de": {
                "title": "Smartphone-Sprechstunde",
                "teaser": "Ihr Handy macht nicht, was es soll? Jeden ersten Dienstag im Monat helfen Ehrenamtliche und Gymnasiasten bei Fragen rund um Smartphone und Tablet.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Kommen Sie ohne Anmeldung vorbei und bringen Sie Ihr Gerät und Ihre Fragen mit – von der Schriftgröße über WhatsApp bis zum Update. Die Beratung ist kostenlos und dauert so lange, wie Sie brauchen.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Halten Sie Ihre Zugangsdaten und PINs bereit, behalten Sie sie aber für sich – wir fragen nie danach.",
                    ),
                ],
            },
            "pl": {
                "slug": "dyzur-smartfonowy",
                "title": "Dyżur smartfonowy",
                "teaser": "Telefon nie działa tak, jak powinien? W każdy pierwszy wtorek miesiąca wolontariusze i licealiści pomagają w sprawach związanych ze smartfonem i tabletem.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Przyjdź bez zapisów, ze swoim urządzeniem i pytaniami – od wielkości czcionki, przez WhatsApp, po aktualizacje. Porada jest bezpłatna i trwa tyle, ile potrzebujesz.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Miej pod ręką swoje dane logowania i kody PIN, ale zachowaj je dla siebie – nigdy o nie nie pytamy.",
                    ),
                ],
            },
            "cs": {
                "slug": "poradna-pro-chytre-telefony",
                "title": "Poradna pro chytré telefony",
                "teaser": "Váš mobil nedělá, co má? Každé první úterý v měsíci pomáhají dobrovolníci a gymnazisté s dotazy k chytrým telefonům a tabletům.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Přijďte bez přihlášení a vezměte s sebou své zařízení i otázky – od velikosti písma přes WhatsApp až po aktualizace. Poradenství je zdarma a trvá tak dlouho, jak potřebujete.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Mějte po ruce přihlašovací údaje a PIN kódy, ale nechte si je pro sebe – nikdy se na ně neptáme.",
                    ),
                ],
            },
            "en": {
                "slug": "smartphone-drop-in-help",
                "title": "Smartphone drop-in help",
                "teaser": "Is your phone not doing what it should? On the first Tuesday of every month, volunteers and grammar school students help with questions about smartphones and tablets.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Drop in without registering and bring your device and your questions – from font size to WhatsApp to updates. The advice is free and takes as long as you need.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Have your login details and PINs at hand, but keep them to yourself – we will never ask for them.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "astronomie-am-abend-fuer-junggebliebene",
        "format": "series",
        "topics": ["astronomie", "naturwissenschaften"],
        "levels": ["senioren", "erwachsene"],
        "provider": "science-center-oberlausitz",
        "ages": (50, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "10",
        "venues": ["sternwarte-bautzen"],
        "languages": ["de"],
        "price": "45",
        "capacity": 16,
        "text": {
            "de": {
                "title": "Astronomie am Abend für Junggebliebene",
                "teaser": "Sternbilder, Planeten und die Geschichte des Weltalls: fünf Abende an der Sternwarte Bautzen für alle, die sich ihre Neugier bewahrt haben.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Jeder Abend beginnt mit einem anschaulichen Vortrag im Planetarium; bei klarem Himmel geht es anschließend an die Teleskope. Sie lernen, sich am Nachthimmel zu orientieren und eine drehbare Sternkarte zu benutzen.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Warme Kleidung mitbringen. Die Beobachtungsplattform ist nur über eine Treppe erreichbar, das Planetarium ist barrierefrei. Sie erhalten eine Teilnahmebescheinigung über 10 Stunden.",
                    ),
                ],
            },
            "pl": {
                "slug": "astronomia-wieczorem-dla-mlodych-duchem",
                "title": "Astronomia wieczorem dla młodych duchem",
                "teaser": "Gwiazdozbiory, planety i historia Wszechświata: pięć wieczorów w obserwatorium w Budziszynie dla wszystkich, którzy nie stracili ciekawości świata.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Każdy wieczór zaczyna się obrazowym wykładem w planetarium, a przy bezchmurnym niebie przechodzimy potem do teleskopów. Nauczysz się orientować na nocnym niebie i korzystać z obrotowej mapy nieba.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Zabierz ciepłe ubranie. Na taras obserwacyjny prowadzą wyłącznie schody, planetarium jest dostępne bez barier. Otrzymasz zaświadczenie o uczestnictwie (10 godzin).",
                    ),
                ],
            },
            "cs": {
                "slug": "astronomie-vecer-pro-vecne-mlade",
                "title": "Astronomie večer pro věčně mladé",
                "teaser": "Souhvězdí, planety a dějiny vesmíru: pět večerů na hvězdárně v Budyšíně pro všechny, kdo si uchovali zvídavost.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Každý večer začíná názornou přednáškou v planetáriu a za jasné oblohy pak pokračujeme u dalekohledů. Naučíte se orientovat na noční obloze a používat otočnou mapu hvězdné oblohy.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Vezměte si teplé oblečení. Na pozorovací plošinu vedou jen schody, planetárium je bezbariérové. Obdržíte potvrzení o účasti v rozsahu 10 hodin.",
                    ),
                ],
            },
            "en": {
                "slug": "evening-astronomy-for-the-young-at-heart",
                "title": "Evening astronomy for the young at heart",
                "teaser": "Constellations, planets and the history of the universe: five evenings at the Bautzen observatory for everyone who has stayed curious.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Each evening starts with a vivid talk in the planetarium; if the sky is clear, we then move on to the telescopes. You will learn to find your way around the night sky and use a rotating star chart.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Bring warm clothing. The observation deck can only be reached by stairs; the planetarium is step-free. You receive a certificate of attendance for 10 hours.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "jugend-forscht-vorbereitung",
        "format": "series",
        "topics": ["naturwissenschaften", "mathematik", "technik"],
        "levels": ["sek2"],
        "provider": "science-center-oberlausitz",
        "ages": (15, 19),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": "30",
        "venues": ["scz"],
        "languages": ["de"],
        "price": "0",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Jugend forscht Vorbereitung",
                "teaser": "Du hast eine Forschungsidee oder suchst noch eine? Wir begleiten dich ein Schuljahr lang von der Fragestellung bis zum Wettbewerbsstand.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Einmal im Monat triffst du andere Jungforschende im Science-Center: Du lernst, Experimente zu planen, Messdaten auszuwerten und eine schriftliche Arbeit zu verfassen. Zwischen den Treffen unterstützen dich Mentorinnen und Mentoren aus Hochschule und Industrie.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahme am Regionalwettbewerb Jugend forscht und ein Zertifikat über 30 Stunden Projektarbeit.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Alter 15 bis 19 Jahre und Lust auf eine eigene Forschungsfrage – Einzelprojekte oder Teams bis drei Personen.",
                    ),
                ],
            },
            "pl": {
                "slug": "przygotowanie-do-konkursu-jugend-forscht",
                "title": "Przygotowanie do konkursu Jugend forscht",
                "teaser": "Masz pomysł na projekt badawczy albo dopiero go szukasz? Przez cały rok szkolny towarzyszymy Ci od pytania badawczego aż po stoisko konkursowe.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Raz w miesiącu spotykasz się z innymi młodymi badaczami w Science-Center: uczysz się planować eksperymenty, analizować dane pomiarowe i pisać pracę badawczą. Między spotkaniami wspierają Cię mentorki i mentorzy z uczelni i przemysłu.",
                    ),
                    (
                        "fact",
                        "Certyfikat",
                        "Udział w etapie regionalnym niemieckiego konkursu Jugend forscht oraz certyfikat potwierdzający 30 godzin pracy projektowej.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Wiek 15–19 lat i chęć zbadania własnego pytania – projekty indywidualne lub zespoły do trzech osób.",
                    ),
                ],
            },
            "cs": {
                "slug": "priprava-na-soutez-jugend-forscht",
                "title": "Příprava na soutěž Jugend forscht",
                "teaser": "Máš nápad na výzkumný projekt, nebo ho teprve hledáš? Celý školní rok tě provázíme od výzkumné otázky až ke stánku na soutěži.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Jednou měsíčně se v Science-Center setkáváš s dalšími mladými badateli: naučíš se plánovat experimenty, vyhodnocovat naměřená data a sepsat odbornou práci. Mezi setkáními tě podporují mentorky a mentoři z vysoké školy a z průmyslu.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Účast v regionálním kole německé soutěže Jugend forscht a certifikát o 30 hodinách projektové práce.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Věk 15–19 let a chuť zkoumat vlastní otázku – samostatně nebo v týmu až tří lidí.",
                    ),
                ],
            },
            "en": {
                "slug": "jugend-forscht-preparation",
                "title": "Jugend forscht preparation",
                "teaser": "Do you have an idea for a research project, or are you still looking for one? We support you for a whole school year, from your research question to your competition stand.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Once a month you meet other young researchers at the Science-Center: you learn to plan experiments, analyse measurement data and write up your project. Between meetings, mentors from the university and local industry support you.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Entry to the regional round of Jugend forscht, Germany's youth science competition, and a certificate for 30 hours of project work.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Aged 15 to 19 and keen to pursue your own question – individual projects or teams of up to three.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "hackathon-dreilaendereck",
        "format": "workshop",
        "topics": ["informatik", "robotik", "umwelt"],
        "levels": ["sek2", "ausbildung"],
        "provider": "tu-liberec",
        "ages": (16, 21),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 8,
        "hours": None,
        "venues": ["tul"],
        "languages": ["en", "cs", "de"],
        "price": "10",
        "capacity": 40,
        "text": {
            "de": {
                "title": "Hackathon Dreiländereck",
                "teaser": "48 Stunden, drei Länder, eine Aufgabe: In gemischten Teams aus Deutschland, Polen und Tschechien entwickelt ihr Apps und Prototypen für eine nachhaltige Grenzregion.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Am Freitagabend werden die Challenges vorgestellt – etwa ein Sensornetz für die Neiße oder eine Mitfahr-App für Grenzpendler. Bis Sonntag programmiert ihr mit Unterstützung von Studierenden der TU Liberec und präsentiert eure Lösung vor einer Jury.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Arbeitssprache ist Englisch; Grundkenntnisse im Programmieren oder Löten helfen. Verpflegung und Übernachtung in der Sporthalle sind im Beitrag von 10 EUR enthalten, alle erhalten eine Teilnahmeurkunde.",
                    ),
                ],
            },
            "pl": {
                "slug": "hackathon-trojstyk",
                "title": "Hackathon Trójstyk",
                "teaser": "48 godzin, trzy kraje, jedno zadanie: w mieszanych zespołach z Niemiec, Polski i Czech tworzycie aplikacje i prototypy dla zrównoważonego regionu przygranicznego.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W piątek wieczorem przedstawiamy wyzwania – np. sieć czujników na Nysie albo aplikację do wspólnych dojazdów dla osób dojeżdżających do pracy za granicę. Do niedzieli programujecie ze wsparciem studentów Uniwersytetu Technicznego w Libercu, a potem prezentujecie rozwiązanie przed jury.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Językiem roboczym jest angielski; przyda się podstawowa umiejętność programowania lub lutowania. Wyżywienie i nocleg w hali sportowej są wliczone w opłatę 10 EUR, każdy otrzymuje dyplom uczestnictwa.",
                    ),
                ],
            },
            "cs": {
                "slug": "hackathon-trojzemi",
                "title": "Hackathon Trojzemí",
                "teaser": "48 hodin, tři země, jeden úkol: ve smíšených týmech z Německa, Polska a Česka vyvíjíte aplikace a prototypy pro udržitelný příhraniční region.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "V pátek večer představíme zadání – například síť senzorů na Nise nebo aplikaci pro sdílené jízdy přeshraničních pendlerů. Do neděle programujete s podporou studentů Technické univerzity v Liberci a své řešení pak představíte porotě.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Pracovním jazykem je angličtina; hodí se základy programování nebo pájení. Strava a nocleh ve sportovní hale jsou zahrnuty v poplatku 10 EUR a každý účastník obdrží diplom.",
                    ),
                ],
            },
            "en": {
                "slug": "three-country-corner-hackathon",
                "title": "Three-Country Corner Hackathon",
                "teaser": "48 hours, three countries, one challenge: in mixed teams from Germany, Poland and the Czech Republic you build apps and prototypes for a sustainable border region.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "On Friday evening the challenges are presented – such as a sensor network for the Neisse river or a ride-sharing app for cross-border commuters. Until Sunday you code with support from students of the Technical University of Liberec, then present your solution to a jury.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "The working language is English; basic programming or soldering skills help. Meals and an overnight stay in the sports hall are included in the 10 EUR fee, and everyone receives a certificate of participation.",
                    ),
                ],
            },
        },
    },
]
COURSES += _PART2

_PART3 = [
    {
        "slug": "physik-olympiade-training",
        "format": "series",
        "topics": ["naturwissenschaften", "mathematik"],
        "levels": ["sek2"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (15, 19),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": "20",
        "venues": ["hszg-zittau"],
        "languages": ["de"],
        "price": "0",
        "capacity": 15,
        "text": {
            "de": {
                "title": "Physik-Olympiade Training",
                "teaser": "Knifflige Aufgaben, elegante Lösungen: Studierende und Lehrende der Hochschule bereiten dich auf die Auswahlrunden zur Internationalen Physik-Olympiade vor.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "An zehn Samstagvormittagen trainierst du Mechanik, Elektrodynamik, Optik und Thermodynamik auf Olympiade-Niveau und lernst Näherungen, Dimensionsanalyse und saubere Fehlerrechnung. Dazu kommen zwei experimentelle Aufgaben im Hochschullabor.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Zertifikat der Hochschule über 20 Stunden Training – hilfreich bei Bewerbungen um Stipendien.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Oberstufe, sichere Mathematikkenntnisse einschließlich Ableitungen; Wettbewerbserfahrung ist nicht nötig.",
                    ),
                ],
            },
            "pl": {
                "slug": "trening-do-olimpiady-fizycznej",
                "title": "Trening do Olimpiady Fizycznej",
                "teaser": "Podchwytliwe zadania, eleganckie rozwiązania: studenci i wykładowcy uczelni przygotują Cię do eliminacji do Międzynarodowej Olimpiady Fizycznej.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Przez dziesięć sobotnich przedpołudni ćwiczysz mechanikę, elektrodynamikę, optykę i termodynamikę na poziomie olimpijskim oraz uczysz się przybliżeń, analizy wymiarowej i rzetelnego rachunku niepewności. Do tego dochodzą dwa zadania doświadczalne w laboratorium uczelni.",
                    ),
                    (
                        "fact",
                        "Certyfikat",
                        "Certyfikat uczelni potwierdzający 20 godzin treningu – przydatny przy ubieganiu się o stypendia.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Uczniowie szkół średnich z dobrą znajomością matematyki, w tym pochodnych; doświadczenie konkursowe nie jest wymagane.",
                    ),
                ],
            },
            "cs": {
                "slug": "trenink-na-fyzikalni-olympiadu",
                "title": "Trénink na fyzikální olympiádu",
                "teaser": "Záludné úlohy, elegantní řešení: studenti a vyučující vysoké školy tě připraví na výběrová kola Mezinárodní fyzikální olympiády.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Během deseti sobotních dopolední trénuješ mechaniku, elektrodynamiku, optiku a termodynamiku na olympijské úrovni a naučíš se aproximace, rozměrovou analýzu a pečlivé určování nejistot měření. K tomu přibudou dvě experimentální úlohy v laboratoři vysoké školy.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Certifikát vysoké školy o 20 hodinách tréninku – užitečný při žádostech o stipendia.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Studenti středních škol s jistou znalostí matematiky včetně derivací; zkušenosti se soutěžemi nejsou nutné.",
                    ),
                ],
            },
            "en": {
                "slug": "physics-olympiad-training",
                "title": "Physics Olympiad training",
                "teaser": "Tricky problems, elegant solutions: students and lecturers from the university prepare you for the selection rounds of the International Physics Olympiad.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Over ten Saturday mornings you train mechanics, electrodynamics, optics and thermodynamics at Olympiad level and learn approximations, dimensional analysis and proper error analysis. Two experimental tasks in the university lab complete the programme.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "University certificate for 20 hours of training – useful when applying for scholarships.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Upper secondary students with solid maths skills, including derivatives; no competition experience needed.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "mikrocontroller-workshop-fuer-azubis",
        "format": "workshop",
        "topics": ["robotik", "technik", "informatik"],
        "levels": ["ausbildung"],
        "provider": "makerspace-goerlitz",
        "ages": (16, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 5,
        "hours": "8",
        "venues": ["makerspace"],
        "languages": ["de", "pl"],
        "price": "40",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Mikrocontroller-Workshop für Azubis",
                "teaser": "Löten, programmieren, steuern: An einem Samstag baut ihr mit einem ESP32 eine eigene Mess- und Steuerschaltung – ideal für Azubis in Elektro-, Mechatronik- und IT-Berufen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Ihr lest Sensoren aus, schaltet Relais und Motoren und schickt Messwerte per WLAN auf eine kleine Weboberfläche. Die Platine mit allen Bauteilen nehmt ihr mit nach Hause.",
                    ),
                    (
                        "fact",
                        "Abschluss",
                        "Teilnahmebescheinigung über 8 Stunden, die ihr eurem Ausbildungsbetrieb vorlegen könnt.",
                    ),
                    (
                        "fact",
                        "Voraussetzungen",
                        "Ab 16 Jahren; erste Erfahrungen mit einer Programmiersprache sind hilfreich, aber kein Muss.",
                    ),
                ],
            },
            "pl": {
                "slug": "warsztaty-z-mikrokontrolerow-dla-uczniow-szkol-zawodowych",
                "title": "Warsztaty z mikrokontrolerów dla uczniów szkół zawodowych",
                "teaser": "Lutowanie, programowanie, sterowanie: w jedną sobotę zbudujecie na ESP32 własny układ pomiarowo-sterujący – idealnie dla osób uczących się zawodów elektrycznych, mechatronicznych i informatycznych.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Odczytacie dane z czujników, przełączycie przekaźniki i silniki, a wyniki pomiarów wyślecie przez Wi-Fi na prostą stronę internetową. Płytkę ze wszystkimi elementami zabieracie do domu.",
                    ),
                    (
                        "fact",
                        "Zaświadczenie",
                        "Zaświadczenie o uczestnictwie (8 godzin), które możecie przedstawić pracodawcy lub szkole.",
                    ),
                    (
                        "fact",
                        "Wymagania",
                        "Od 16 lat; pierwsze doświadczenia z dowolnym językiem programowania są pomocne, ale niekonieczne.",
                    ),
                ],
            },
            "cs": {
                "slug": "workshop-mikrokontroleru-pro-ucne",
                "title": "Workshop mikrokontrolérů pro učně",
                "teaser": "Pájet, programovat, řídit: během jedné soboty si s ESP32 postavíte vlastní měřicí a řídicí obvod – ideální pro učně elektrotechnických, mechatronických a IT oborů.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Budete číst data ze senzorů, spínat relé a motory a posílat naměřené hodnoty přes Wi-Fi na jednoduché webové rozhraní. Desku se všemi součástkami si odnesete domů.",
                    ),
                    (
                        "fact",
                        "Osvědčení",
                        "Potvrzení o účasti v rozsahu 8 hodin, které můžete předložit svému zaměstnavateli.",
                    ),
                    (
                        "fact",
                        "Předpoklady",
                        "Od 16 let; první zkušenosti s programováním pomohou, ale nejsou podmínkou.",
                    ),
                ],
            },
            "en": {
                "slug": "microcontroller-workshop-for-apprentices",
                "title": "Microcontroller workshop for apprentices",
                "teaser": "Solder, code, control: in one Saturday you build your own measurement and control circuit with an ESP32 – ideal for apprentices in electrical, mechatronics and IT trades.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You read out sensors, switch relays and motors and send measurements via Wi-Fi to a small web interface. You take the board with all its components home.",
                    ),
                    (
                        "fact",
                        "Certificate",
                        "Certificate of attendance for 8 hours to show your training company.",
                    ),
                    (
                        "fact",
                        "Prerequisites",
                        "Aged 16 and over; some first programming experience helps but is not required.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "repair-cafe-mit-elektronik",
        "format": "open_event",
        "topics": ["technik", "umwelt"],
        "levels": ["erwachsene", "senioren", "sek2"],
        "provider": "makerspace-goerlitz",
        "ages": (None, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["makerspace"],
        "languages": ["de", "pl"],
        "price": "0",
        "capacity": 30,
        "text": {
            "de": {
                "title": "Repair-Café mit Elektronik",
                "teaser": "Wegwerfen war gestern: Jeden letzten Samstag im Monat reparieren wir gemeinsam Toaster, Radios, Lampen und Ladegeräte – und zeigen, wie es geht.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Ehrenamtliche Elektronikerinnen und Tüftler helfen bei der Fehlersuche und erklären dabei Messgerät und Lötkolben. Sie reparieren selbst mit – so lernen Sie nebenbei viel über Technik und schonen Ressourcen.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Ohne Anmeldung, Eintritt frei, Spenden willkommen. Geräte mit Netzspannung öffnen wir nur unter Aufsicht einer Elektrofachkraft; Ersatzteile bezahlen Sie selbst.",
                    ),
                ],
            },
            "pl": {
                "slug": "repair-cafe-z-elektronika",
                "title": "Repair Café z elektroniką",
                "teaser": "Koniec z wyrzucaniem: w każdą ostatnią sobotę miesiąca wspólnie naprawiamy tostery, radia, lampy i ładowarki – i pokazujemy, jak to się robi.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Wolontariusze – elektronicy i majsterkowicze – pomagają znaleźć usterkę i przy okazji objaśniają, jak używać miernika i lutownicy. Naprawiasz razem z nimi, więc sporo się uczysz o technice i oszczędzasz zasoby.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Bez zapisów, wstęp wolny, datki mile widziane. Urządzenia zasilane z sieci otwieramy wyłącznie pod nadzorem wykwalifikowanego elektryka; części zamienne kupujesz we własnym zakresie.",
                    ),
                ],
            },
            "cs": {
                "slug": "repair-cafe-s-elektronikou",
                "title": "Repair Café s elektronikou",
                "teaser": "Vyhazování je minulostí: každou poslední sobotu v měsíci společně opravujeme topinkovače, rádia, lampy a nabíječky – a ukazujeme, jak na to.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Dobrovolní elektronici a kutilové pomáhají s hledáním závady a přitom vysvětlují práci s měřicím přístrojem a páječkou. Opravujete spolu s nimi, takže se mimochodem hodně naučíte o technice a šetříte zdroje.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Bez přihlášení, vstup volný, dobrovolný příspěvek vítán. Spotřebiče na síťové napětí otevíráme jen pod dohledem kvalifikovaného elektrikáře; náhradní díly si hradíte sami.",
                    ),
                ],
            },
            "en": {
                "slug": "repair-cafe-with-electronics",
                "title": "Repair café with electronics",
                "teaser": "Don't throw it away: on the last Saturday of every month we repair toasters, radios, lamps and chargers together – and show you how it's done.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Volunteer electronics technicians and tinkerers help track down faults and explain the multimeter and soldering iron along the way. You join in the repair, so you learn a lot about technology and save resources at the same time.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "No registration, free admission, donations welcome. Mains-powered devices are only opened under the supervision of a qualified electrician; you pay for any spare parts.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "energietag",
        "format": "open_event",
        "topics": ["energie", "umwelt", "naturwissenschaften"],
        "levels": ["sek2", "ausbildung", "erwachsene"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (None, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["hszg-zittau"],
        "languages": ["de", "pl", "cs"],
        "price": "0",
        "capacity": 300,
        "text": {
            "de": {
                "title": "Energietag",
                "teaser": "Wie speichern wir Sonnen- und Windstrom? Beim Energietag öffnen die Labore der Hochschule Zittau/Görlitz ihre Türen – mit Führungen, Mitmach-Experimenten und Vorträgen für alle Generationen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Erleben Sie Redox-Flow-Batterien, Wärmespeicher und Wasserstoff-Elektrolyseure in Aktion und sprechen Sie mit Forschenden über die Energiewende in der Lausitz. Schülerinnen und Schüler, Azubis und Studieninteressierte erfahren außerdem alles über Ausbildung und Studium im Energiebereich.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Eintritt frei, keine Anmeldung nötig. Führungen gibt es auch auf Polnisch und Tschechisch; ein Shuttlebus verbindet die Laborstandorte.",
                    ),
                ],
            },
            "pl": {
                "slug": "dzien-energii",
                "title": "Dzień Energii",
                "teaser": "Jak magazynować prąd ze słońca i wiatru? Podczas Dnia Energii laboratoria Hochschule Zittau/Görlitz otwierają swoje drzwi – z oprowadzaniem, eksperymentami do samodzielnego wykonania i wykładami dla wszystkich pokoleń.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Zobacz w działaniu baterie przepływowe, magazyny ciepła i elektrolizery wodoru oraz porozmawiaj z naukowcami o transformacji energetycznej na Łużycach. Uczniowie, osoby uczące się zawodu i przyszli studenci dowiedzą się też wszystkiego o nauce zawodu i studiach w dziedzinie energetyki.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Wstęp wolny, bez zapisów. Oprowadzanie odbywa się także po polsku i po czesku; laboratoria łączy bus wahadłowy.",
                    ),
                ],
            },
            "cs": {
                "slug": "den-energie",
                "title": "Den energie",
                "teaser": "Jak ukládat elektřinu ze slunce a větru? Na Dni energie otevírají laboratoře Hochschule Zittau/Görlitz své dveře – s prohlídkami, pokusy na vyzkoušení a přednáškami pro všechny generace.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Podívejte se na průtokové baterie, zásobníky tepla a vodíkové elektrolyzéry v provozu a promluvte si s vědci o energetické transformaci v Lužici. Žáci, učni a zájemci o studium se navíc dozvědí vše o odborném vzdělávání a studiu v oblasti energetiky.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Vstup volný, bez přihlášení. Prohlídky probíhají i v polštině a češtině; jednotlivá pracoviště propojuje kyvadlový autobus.",
                    ),
                ],
            },
            "en": {
                "slug": "energy-day",
                "title": "Energy Day",
                "teaser": "How do we store solar and wind power? On Energy Day the labs of Hochschule Zittau/Görlitz open their doors – with guided tours, hands-on experiments and talks for all generations.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "See redox flow batteries, thermal storage and hydrogen electrolysers in action and talk to researchers about the energy transition in Lusatia. School students, apprentices and prospective students can also find out all about vocational training and degree programmes in energy.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Free admission, no registration needed. Tours are also offered in Polish and Czech; a shuttle bus connects the lab sites.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "vortrag-nach-der-kohle",
        "format": "open_event",
        "topics": ["umwelt", "energie"],
        "levels": ["erwachsene", "sek2", "senioren"],
        "provider": "mdk-zgorzelec",
        "ages": (14, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["bok-bogatynia"],
        "languages": ["pl", "de"],
        "price": "0",
        "capacity": 120,
        "text": {
            "de": {
                "title": "Vortrag: Nach der Kohle – Energie und Landschaft im Dreiländereck",
                "teaser": "Was kommt nach Tagebau und Kohlekraftwerk? Forschende aus Polen, Deutschland und Tschechien zeigen, wie Energiespeicher, Wind, Sonne und renaturierte Bergbauflächen die Region verändern.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Der Abendvortrag erklärt verständlich, wie Stromnetz und Speicher zusammenspielen und was Rekultivierung für Wasser, Böden und Artenvielfalt bedeutet. Im Anschluss ist Zeit für Fragen und Diskussion.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Vortrag auf Polnisch mit Simultanübersetzung ins Deutsche; Eintritt frei, Anmeldung erwünscht.",
                    ),
                ],
            },
            "pl": {
                "slug": "wyklad-po-weglu-energia-i-krajobraz-na-trojstyku",
                "title": "Wykład: Po węglu – energia i krajobraz na Trójstyku",
                "teaser": "Co po kopalni odkrywkowej i elektrowni węglowej? Naukowcy z Polski, Niemiec i Czech pokazują, jak magazyny energii, wiatr, słońce i rekultywowane tereny pogórnicze zmieniają region.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Wieczorny wykład w przystępny sposób wyjaśnia, jak współpracują sieć elektroenergetyczna i magazyny energii oraz co rekultywacja oznacza dla wód, gleb i różnorodności biologicznej. Potem jest czas na pytania i dyskusję.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Wykład po polsku z tłumaczeniem symultanicznym na niemiecki; wstęp wolny, prosimy o wcześniejsze zgłoszenie.",
                    ),
                ],
            },
            "cs": {
                "slug": "prednaska-po-uhli-energie-a-krajina-v-trojzemi",
                "title": "Přednáška: Po uhlí – energie a krajina v Trojzemí",
                "teaser": "Co přijde po povrchovém dole a uhelné elektrárně? Vědci z Polska, Německa a Česka ukazují, jak úložiště energie, vítr, slunce a rekultivované plochy po těžbě mění region.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Večerní přednáška srozumitelně vysvětlí, jak spolu fungují elektrická síť a úložiště energie a co znamená rekultivace pro vodu, půdu a biodiverzitu. Poté zbude čas na otázky a diskusi.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Přednáška v polštině se simultánním tlumočením do němčiny; vstup volný, prosíme o předchozí přihlášení.",
                    ),
                ],
            },
            "en": {
                "slug": "lecture-after-coal-energy-and-landscape",
                "title": "Lecture: After coal – energy and landscape in the three-country corner",
                "teaser": "What comes after the open-pit mine and the coal power plant? Researchers from Poland, Germany and the Czech Republic show how energy storage, wind, sun and restored mining land are changing the region.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "The evening lecture explains in plain terms how the power grid and storage work together and what land restoration means for water, soil and biodiversity. Afterwards there is time for questions and discussion.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Lecture in Polish with simultaneous interpreting into German; free admission, registration appreciated.",
                    ),
                ],
            },
        },
    },
]
COURSES += _PART3

_PART4 = [
    {
        "slug": "vortrag-3d-druck-in-medizin-und-industrie",
        "format": "open_event",
        "topics": ["3d-druck", "technik"],
        "levels": ["erwachsene", "sek2"],
        "provider": "tu-liberec",
        "ages": (15, None),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 1,
        "hours": None,
        "venues": ["knihovna-liberec"],
        "languages": ["cs", "en"],
        "price": "0",
        "capacity": 80,
        "text": {
            "de": {
                "title": "Vortrag: 3D-Druck in Medizin und Industrie",
                "teaser": "Maßgeschneiderte Implantate, Ersatzteile auf Knopfdruck, Bauteile aus Metallpulver: Forschende der TU Liberec geben Einblick in die additive Fertigung von heute und morgen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Anhand von Beispielen aus Kliniken und Betrieben der Region erfahren Sie, welche Verfahren es gibt, wo ihre Grenzen liegen und welche Berufe daraus entstehen. Gedruckte Muster gehen durch die Reihen.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Vortrag auf Tschechisch mit englischen Folien; Fragen sind auch auf Englisch und Deutsch möglich. Eintritt frei.",
                    ),
                ],
            },
            "pl": {
                "slug": "wyklad-druk-3d-w-medycynie-i-przemysle",
                "title": "Wykład: Druk 3D w medycynie i przemyśle",
                "teaser": "Implanty na miarę, części zamienne od ręki, elementy z proszku metalowego: naukowcy z Uniwersytetu Technicznego w Libercu przybliżają wytwarzanie przyrostowe dziś i jutro.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na przykładach z klinik i firm z regionu dowiesz się, jakie technologie istnieją, gdzie leżą ich granice i jakie zawody dzięki nim powstają. Wydrukowane próbki krążą wśród publiczności.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Wykład po czesku ze slajdami w języku angielskim; pytania można zadawać także po angielsku i po niemiecku. Wstęp wolny.",
                    ),
                ],
            },
            "cs": {
                "slug": "prednaska-3d-tisk-v-medicine-a-prumyslu",
                "title": "Přednáška: 3D tisk v medicíně a průmyslu",
                "teaser": "Implantáty na míru, náhradní díly na počkání, součástky z kovového prášku: vědci z Technické univerzity v Liberci přibližují aditivní výrobu dneška i zítřka.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Na příkladech z nemocnic a firem v regionu se dozvíte, jaké technologie existují, kde jsou jejich meze a jaké profese s nimi vznikají. Vytištěné vzorky si můžete prohlédnout zblízka.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Přednáška v češtině s anglickými slajdy; dotazy lze klást i anglicky a německy. Vstup volný.",
                    ),
                ],
            },
            "en": {
                "slug": "lecture-3d-printing-in-medicine-and-industry",
                "title": "Lecture: 3D printing in medicine and industry",
                "teaser": "Custom-made implants, spare parts on demand, components made from metal powder: researchers from the Technical University of Liberec offer insight into additive manufacturing today and tomorrow.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Using examples from hospitals and companies in the region, you will learn which processes exist, where their limits lie and which jobs they create. Printed samples are passed around the audience.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Lecture in Czech with English slides; questions are also welcome in English and German. Free admission.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "drohnen-programmieren",
        "format": "workshop",
        "topics": ["robotik", "informatik"],
        "levels": ["sek2"],
        "provider": "mdk-zgorzelec",
        "ages": (15, 19),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 4,
        "hours": None,
        "venues": ["luban"],
        "languages": ["pl"],
        "price": "15",
        "capacity": 12,
        "text": {
            "de": {
                "title": "Drohnen programmieren",
                "teaser": "Start, Schwebeflug, Landung – alles per Code: In diesem Workshop in Lubań programmiert ihr kleine Lerndrohnen in Python und lasst sie durch einen Hindernisparcours fliegen.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Ihr lernt, wie Sensoren, Regelung und Propeller zusammenspielen, schreibt Flugroutinen und wertet Kamerabilder aus. Zum Schluss treten die Teams im Parcours-Wettbewerb gegeneinander an.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Der Workshop findet auf Polnisch statt; alle erhalten eine Urkunde. Grundkenntnisse im Programmieren sind nützlich, aber nicht nötig.",
                    ),
                ],
            },
            "pl": {
                "slug": "programowanie-dronow",
                "title": "Programowanie dronów",
                "teaser": "Start, zawis, lądowanie – wszystko za pomocą kodu: na warsztatach w Lubaniu zaprogramujecie w Pythonie małe drony edukacyjne i przeprowadzicie je przez tor przeszkód.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Dowiecie się, jak współpracują czujniki, układ sterowania i śmigła, napiszecie procedury lotu i przeanalizujecie obraz z kamery. Na koniec zespoły zmierzą się w zawodach na torze przeszkód.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Warsztaty prowadzone są po polsku; każdy uczestnik otrzymuje dyplom. Podstawy programowania się przydadzą, ale nie są wymagane.",
                    ),
                ],
            },
            "cs": {
                "slug": "programovani-dronu",
                "title": "Programování dronů",
                "teaser": "Vzlet, visení, přistání – všechno pomocí kódu: na workshopu v Lubani naprogramujete v Pythonu malé výukové drony a provedete je překážkovou dráhou.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Zjistíte, jak spolu fungují senzory, řízení a vrtule, napíšete letové programy a vyhodnotíte obraz z kamery. Na závěr se týmy utkají v závodě na překážkové dráze.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Workshop probíhá v polštině; každý účastník obdrží diplom. Základy programování se hodí, ale nejsou nutné.",
                    ),
                ],
            },
            "en": {
                "slug": "programming-drones",
                "title": "Programming drones",
                "teaser": "Take-off, hover, landing – all in code: in this workshop in Lubań you program small educational drones in Python and fly them through an obstacle course.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "You learn how sensors, control and propellers work together, write flight routines and analyse camera images. At the end, the teams compete against each other on the obstacle course.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "The workshop is held in Polish; everyone receives a certificate. Basic programming skills are useful but not required.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "sommerakademie-3d-druck-und-design",
        "format": "holiday",
        "topics": ["3d-druck", "technik"],
        "levels": ["sek1", "sek2"],
        "provider": "ddm-varnsdorf",
        "ages": (14, 18),
        "age_rule": "exact",
        "grades": None,
        "min_participants": 6,
        "hours": None,
        "venues": ["ddm-varnsdorf", "hradek"],
        "languages": ["cs", "de"],
        "price": "60",
        "capacity": 16,
        "text": {
            "de": {
                "title": "Sommerakademie 3D-Druck und Design",
                "teaser": "Eine Ferienwoche zwischen Varnsdorf und Hrádek nad Nisou: Jugendliche aus Tschechien und Deutschland entwerfen, drucken und verbessern gemeinsam eigene Produkte.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Vom Handyhalter bis zur Lampe: Ihr skizziert Ideen, modelliert sie in Tinkercad und Fusion, druckt Prototypen und testet sie. Nebenbei lernt ihr ein paar Wörter der Nachbarsprache – das Betreuungsteam übersetzt.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Täglich 9–15 Uhr, Mittagessen und Material inklusive; ein Bus pendelt zwischen Zittau, Hrádek und Varnsdorf. Zum Abschluss gibt es eine Ausstellung und eine Teilnahmeurkunde.",
                    ),
                ],
            },
            "pl": {
                "slug": "letnia-akademia-druku-3d-i-designu",
                "title": "Letnia akademia druku 3D i designu",
                "teaser": "Wakacyjny tydzień między Varnsdorfem a Hrádkiem nad Nysą: młodzież z Czech i Niemiec wspólnie projektuje, drukuje i ulepsza własne produkty.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Od uchwytu na telefon po lampę: szkicujecie pomysły, modelujecie je w Tinkercadzie i Fusion, drukujecie prototypy i je testujecie. Przy okazji poznajecie kilka słów w języku sąsiadów – opiekunowie tłumaczą.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Codziennie w godz. 9–15, obiad i materiały w cenie; między Żytawą, Hrádkiem a Varnsdorfem kursuje autobus. Na zakończenie wystawa i dyplom uczestnictwa.",
                    ),
                ],
            },
            "cs": {
                "slug": "letni-akademie-3d-tisku-a-designu",
                "title": "Letní akademie 3D tisku a designu",
                "teaser": "Prázdninový týden mezi Varnsdorfem a Hrádkem nad Nisou: mladí z Česka a Německa společně navrhují, tisknou a vylepšují vlastní výrobky.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Od držáku na mobil po lampu: nápady si načrtnete, vymodelujete je v Tinkercadu a Fusionu, vytisknete prototypy a otestujete je. Mimochodem se naučíte pár slov jazyka sousedů – vedoucí tlumočí.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Denně 9–15 hodin, oběd a materiál v ceně; mezi Žitavou, Hrádkem a Varnsdorfem jezdí autobus. Na závěr uspořádáme výstavu a každý dostane diplom.",
                    ),
                ],
            },
            "en": {
                "slug": "summer-academy-3d-printing-and-design",
                "title": "Summer academy: 3D printing and design",
                "teaser": "A holiday week between Varnsdorf and Hrádek nad Nisou: teenagers from the Czech Republic and Germany design, print and improve their own products together.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "From a phone stand to a lamp: you sketch ideas, model them in Tinkercad and Fusion, print prototypes and test them. Along the way you pick up a few words of your neighbours' language – the team leaders interpret.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "Daily 9 am to 3 pm, lunch and materials included; a bus runs between Zittau, Hrádek and Varnsdorf. The week ends with an exhibition and a certificate of participation.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "ferien-labcamp-energiespeicher",
        "format": "holiday",
        "topics": ["energie", "naturwissenschaften", "umwelt"],
        "levels": ["sek1", "sek2"],
        "provider": "mdk-zgorzelec",
        "ages": (13, 17),
        "age_rule": "birth_year",
        "grades": None,
        "min_participants": 8,
        "hours": None,
        "venues": ["mdk-zgorzelec", "scz"],
        "languages": ["pl", "de"],
        "price": "50",
        "capacity": 20,
        "text": {
            "de": {
                "title": "Ferien-Labcamp Energiespeicher",
                "teaser": "Batterien selbst bauen, Wasserstoff erzeugen, ein Solar-Ladegerät löten: fünf Ferientage für Jugendliche aus Polen und Deutschland – zweisprachig auf Polnisch und Deutsch.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "Im Jugendkulturhaus Zgorzelec und im Science-Center Zittau experimentiert ihr mit Zitronenbatterien, Lithium-Zellen und Brennstoffzellen und vergleicht, welcher Speicher wofür taugt. Am letzten Tag baut jedes Team eine kleine Inselanlage, die ein Radio betreibt.",
                    ),
                    (
                        "fact",
                        "Gut zu wissen",
                        "Für Jugendliche, die im laufenden Jahr 13 bis 17 Jahre alt werden; täglich 9–15 Uhr, Mittagessen und Transfer über die Neiße inklusive.",
                    ),
                ],
            },
            "pl": {
                "slug": "wakacyjne-laboratorium-magazyny-energii",
                "title": "Wakacyjne laboratorium: magazyny energii",
                "teaser": "Zbuduj własną baterię, wytwórz wodór, przylutuj ładowarkę słoneczną: pięć dni wakacji dla młodzieży z Polski i Niemiec – dwujęzycznie, po polsku i po niemiecku.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W Młodzieżowym Domu Kultury w Zgorzelcu i w Science-Center w Żytawie eksperymentujecie z bateriami z cytryny, ogniwami litowymi i ogniwami paliwowymi i porównujecie, który magazyn do czego się nadaje. Ostatniego dnia każdy zespół buduje małą instalację wyspową, która zasila radio.",
                    ),
                    (
                        "fact",
                        "Warto wiedzieć",
                        "Dla młodzieży, która w bieżącym roku kończy od 13 do 17 lat; codziennie w godz. 9–15, obiad i przejazd przez Nysę w cenie.",
                    ),
                ],
            },
            "cs": {
                "slug": "prazdninova-laborator-ukladani-energie",
                "title": "Prázdninová laboratoř: ukládání energie",
                "teaser": "Postavte si vlastní baterii, vyrobte vodík, připájejte solární nabíječku: pět prázdninových dní pro mládež z Polska a Německa – dvojjazyčně polsky a německy.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "V Domě kultury mládeže ve Zgorzelci a v Science-Center v Žitavě experimentujete s citronovými bateriemi, lithiovými a palivovými články a porovnáte, k čemu se které úložiště hodí. Poslední den postaví každý tým malý ostrovní systém, který napájí rádio.",
                    ),
                    (
                        "fact",
                        "Dobré vědět",
                        "Pro mládež, která v daném roce dovrší 13 až 17 let; denně 9–15 hodin, oběd a doprava přes Nisu v ceně.",
                    ),
                ],
            },
            "en": {
                "slug": "holiday-lab-camp-energy-storage",
                "title": "Holiday lab camp: energy storage",
                "teaser": "Build your own battery, produce hydrogen, solder a solar charger: five holiday days for teenagers from Poland and Germany – bilingual in Polish and German.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "At the youth culture centre in Zgorzelec and the Science-Center in Zittau you experiment with lemon batteries, lithium cells and fuel cells and compare which kind of storage suits which purpose. On the last day each team builds a small off-grid system that powers a radio.",
                    ),
                    (
                        "fact",
                        "Good to know",
                        "For teenagers turning 13 to 17 in the current year; daily 9 am to 3 pm, lunch and transfer across the Neisse included.",
                    ),
                ],
            },
        },
    },
    {
        "slug": "laborpraktikum-batteriechemie-oberstufe",
        "format": "class_visit",
        "topics": ["energie", "naturwissenschaften"],
        "levels": ["sek2"],
        "provider": "hochschule-zittau-goerlitz",
        "ages": (16, 19),
        "age_rule": "exact",
        "grades": (11, 13),
        "min_participants": 10,
        "hours": None,
        "venues": ["hszg-zittau"],
        "languages": ["de"],
        "price": "0",
        "capacity": 28,
        "text": {
            "de": {
                "title": "Laborpraktikum Batteriechemie für die Oberstufe",
                "teaser": "Ein Vormittag im Hochschullabor für Chemie- und Physikkurse: Ihre Klasse baut Zellen, misst Kennlinien und diskutiert die Batterie der Zukunft.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In Kleingruppen bauen die Schülerinnen und Schüler Daniell- und Natrium-Ionen-Zellen, nehmen Lade- und Entladekurven auf und bestimmen Kapazität und Wirkungsgrad. Die Versuche knüpfen an Elektrochemie und Redoxreaktionen im Lehrplan der Sekundarstufe II an.",
                    ),
                    (
                        "fact",
                        "Für Lehrkräfte",
                        "Für die Klassen 11 bis 13, bis 28 Personen, Dauer etwa vier Stunden. Kittel und Schutzbrillen stellen wir; Arbeitsblätter zur Vor- und Nachbereitung kommen mit der Buchungsbestätigung.",
                    ),
                ],
            },
            "pl": {
                "slug": "zajecia-laboratoryjne-z-chemii-baterii",
                "title": "Zajęcia laboratoryjne z chemii baterii dla szkół średnich",
                "teaser": "Przedpołudnie w laboratorium uczelni dla grup z chemii i fizyki: Twoja klasa buduje ogniwa, mierzy charakterystyki i dyskutuje o baterii przyszłości.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "W małych grupach uczniowie budują ogniwo Daniella i ogniwa sodowo-jonowe, rejestrują krzywe ładowania i rozładowania oraz wyznaczają pojemność i sprawność. Doświadczenia nawiązują do elektrochemii i reakcji redoks z programu szkoły średniej.",
                    ),
                    (
                        "fact",
                        "Dla nauczycieli",
                        "Dla klas 11–13 (według niemieckiego systemu szkolnego), do 28 osób, czas trwania ok. czterech godzin. Fartuchy i okulary ochronne zapewniamy; karty pracy do przygotowania i podsumowania zajęć otrzymasz wraz z potwierdzeniem rezerwacji.",
                    ),
                ],
            },
            "cs": {
                "slug": "laboratorni-praktikum-z-chemie-baterii",
                "title": "Laboratorní praktikum z chemie baterií pro střední školy",
                "teaser": "Dopoledne v laboratoři vysoké školy pro kurzy chemie a fyziky: vaše třída sestaví články, změří charakteristiky a diskutuje o baterii budoucnosti.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "V malých skupinách žáci sestaví Daniellův článek a sodíko-iontové články, zaznamenají nabíjecí a vybíjecí křivky a určí kapacitu a účinnost. Pokusy navazují na elektrochemii a redoxní reakce v učivu střední školy.",
                    ),
                    (
                        "fact",
                        "Pro učitele",
                        "Pro 11. až 13. ročník (podle německého školského systému), do 28 osob, délka zhruba čtyři hodiny. Pláště a ochranné brýle zajistíme; pracovní listy k přípravě a shrnutí obdržíte s potvrzením rezervace.",
                    ),
                ],
            },
            "en": {
                "slug": "battery-chemistry-lab-practical",
                "title": "Battery chemistry lab practical for upper secondary classes",
                "teaser": "A morning in the university lab for chemistry and physics courses: your class builds cells, measures characteristics and discusses the battery of the future.",
                "summary": "",
                "body": [
                    (
                        "p",
                        "In small groups, students build Daniell and sodium-ion cells, record charge and discharge curves and determine capacity and efficiency. The experiments link to electrochemistry and redox reactions in the upper secondary curriculum.",
                    ),
                    (
                        "fact",
                        "For teachers",
                        "For grades 11 to 13, up to 28 people, about four hours. We provide lab coats and safety goggles; worksheets for preparation and follow-up come with your booking confirmation.",
                    ),
                ],
            },
        },
    },
]
COURSES += _PART4
