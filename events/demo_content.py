"""Demo content for `manage.py load_demo_data`: plain data, texts per language.

German is the source language; every text also exists in Polish, Czech and English.
Rich text is written compactly as blocks: ("h", heading), ("p", paragraph),
("ul", [items]) and ("fact", title, text); the command turns them into StreamField data.
"""

LANGUAGES = ["de", "pl", "cs", "en"]

SITE_NAME = "MINT Dreiländereck"

ORGANISATION = {
    "name": "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz",
    "name_pl": "MINT Dreiländereck – sieć edukacyjna Sojuszu Łużyckiego",
    "name_cs": "MINT Dreiländereck – vzdělávací síť Lužické aliance",
    "name_en": "MINT Dreiländereck – education network of the Lusatia Alliance",
    "address": "c/o Science-Center Oberlausitz\nÄußere Weberstraße 2\n02763 Zittau",
    "email": "info@example.org",
    "phone": "+49 3583 123 456",
    "signatory": "Katrin Wagner",
    "signatory_role": "Koordination MINT-Bildung",
    "signatory_role_pl": "Koordynacja edukacji MINT",
    "signatory_role_cs": "Koordinace vzdělávání MINT",
    "signatory_role_en": "MINT education coordination",
}

HOME = {
    "de": {
        "title": "MINT Dreiländereck",
        "hero_title": "Neugierig bleiben – von der Kita bis zur Weiterbildung",
        "hero_text": (
            "Forschen, tüfteln, programmieren: Im Dreiländereck rund um Zittau bieten "
            "Science-Center, Hochschulen, Bibliotheken und Vereine aus Deutschland, Polen "
            "und Tschechien Kurse, Workshops und Ferienprogramme in Mathematik, Informatik, "
            "Naturwissenschaften und Technik an. Finden Sie ein Angebot in Ihrer Nähe und "
            "in Ihrer Sprache – für Ihr Kind, Ihre Klasse oder für sich selbst."
        ),
        "families_text": (
            "Wasser-Experimente für Kita-Kinder, Lego-Roboter am Nachmittag, "
            "Forscherwochen in den Ferien: Melden Sie ein oder mehrere Kinder mit wenigen "
            "Klicks an."
        ),
        "schools_text": (
            "Klassenbesuche im Labor und im Science-Center, passend zur Klassenstufe: "
            "freien Termin wählen, Klasse anmelden, Bestätigung für die Schulleitung "
            "erhalten."
        ),
        "adults_text": (
            "3D-Druck, Python, Energiespeicher oder die ersten Schritte mit dem Tablet: "
            "Weiterbildung mit Teilnahmebescheinigung und Stundennachweis."
        ),
    },
    "pl": {
        "title": "MINT Trójstyk",
        "hero_title": "Ciekawość na całe życie – od przedszkola po doskonalenie zawodowe",
        "hero_text": (
            "Badać, majsterkować, programować: na pograniczu polsko-czesko-niemieckim wokół "
            "Żytawy centra nauki, uczelnie, biblioteki i stowarzyszenia z Niemiec, Polski i "
            "Czech prowadzą kursy, warsztaty i zajęcia wakacyjne z matematyki, informatyki, "
            "nauk przyrodniczych i techniki. Znajdź ofertę w pobliżu i w swoim języku – dla "
            "dziecka, dla klasy albo dla siebie."
        ),
        "families_text": (
            "Eksperymenty z wodą dla przedszkolaków, roboty z klocków Lego po lekcjach, "
            "tygodnie odkrywców w ferie: zapisz jedno lub kilkoro dzieci w kilka kliknięć."
        ),
        "schools_text": (
            "Zajęcia dla grup szkolnych w laboratorium i w centrum nauki, dopasowane do "
            "poziomu: wybierz wolny termin, zgłoś klasę i otrzymaj potwierdzenie dla dyrekcji."
        ),
        "adults_text": (
            "Druk 3D, Python, magazynowanie energii albo pierwsze kroki z tabletem: "
            "kształcenie z zaświadczeniem o udziale i liczbą godzin."
        ),
    },
    "cs": {
        "title": "MINT Trojzemí",
        "hero_title": "Zvídavost na celý život – od školky po další vzdělávání",
        "hero_text": (
            "Bádat, kutit, programovat: v Trojzemí kolem Žitavy nabízejí vědecká centra, "
            "vysoké školy, knihovny a spolky z Německa, Polska a Česka kurzy, workshopy a "
            "prázdninové programy z matematiky, informatiky, přírodních věd a techniky. "
            "Najděte si nabídku ve svém okolí a ve svém jazyce – pro své dítě, pro svou "
            "třídu nebo pro sebe."
        ),
        "families_text": (
            "Pokusy s vodou pro děti ze školky, roboti z Lega po vyučování, badatelské "
            "týdny o prázdninách: přihlaste jedno nebo více dětí několika kliknutími."
        ),
        "schools_text": (
            "Výukové programy pro školy v laboratoři a ve vědeckém centru podle ročníku: "
            "vyberte volný termín, přihlaste třídu a získejte potvrzení pro vedení školy."
        ),
        "adults_text": (
            "3D tisk, Python, ukládání energie nebo první kroky s tabletem: další "
            "vzdělávání s potvrzením o účasti a počtem hodin."
        ),
    },
    "en": {
        "title": "MINT Tri-Border Region",
        "hero_title": "Stay curious – from nursery to further training",
        "hero_text": (
            "Explore, tinker, code: around Zittau, where Germany, Poland and Czechia meet, "
            "science centres, universities, libraries and associations offer courses, "
            "workshops and holiday programmes in mathematics, computing, natural sciences "
            "and engineering. Find something near you and in your language – for your "
            "child, your class or yourself."
        ),
        "families_text": (
            "Water experiments for nursery children, Lego robots after school, explorer "
            "weeks in the holidays: register one or several children in a few clicks."
        ),
        "schools_text": (
            "Class visits to labs and the science centre, matched to the grade: pick a "
            "free slot, book for your class and get a confirmation for the head teacher."
        ),
        "adults_text": (
            "3D printing, Python, energy storage or your first steps with a tablet: "
            "further training with a certificate of attendance and hours."
        ),
    },
}

COURSE_INDEX = {
    "de": {
        "slug": "kurse",
        "title": "Kurse & Angebote",
        "intro": (
            "Alle Kurse, Workshops, Ferienprogramme und Klassenbesuche im Dreiländereck. "
            "Filtern Sie nach Alter, Thema, Ort, Sprache und Termin."
        ),
    },
    "pl": {
        "slug": "kursy",
        "title": "Kursy i oferty",
        "intro": (
            "Wszystkie kursy, warsztaty, zajęcia wakacyjne i zajęcia dla grup szkolnych "
            "na pograniczu. "
            "Filtruj według wieku, tematu, miejsca, języka i terminu."
        ),
    },
    "cs": {
        "slug": "kurzy",
        "title": "Kurzy a nabídky",
        "intro": (
            "Všechny kurzy, workshopy, prázdninové programy a výukové programy pro školy "
            "v Trojzemí. "
            "Filtrujte podle věku, tématu, místa, jazyka a termínu."
        ),
    },
    "en": {
        "slug": "courses",
        "title": "Courses & activities",
        "intro": (
            "Every course, workshop, holiday programme and class visit in the tri-border "
            "region. Filter by age, topic, place, language and date."
        ),
    },
}

_ADDRESS_LINE = "Äußere Weberstraße 2, 02763 Zittau"

CONTENT_PAGES = [
    {
        "de": {
            "slug": "impressum",
            "title": "Impressum",
            "intro": "Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG).",
            "body": [
                ("h", "Anbieter"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz<br>"
                    f"c/o Science-Center Oberlausitz<br>{_ADDRESS_LINE}<br>Deutschland",
                ),
                (
                    "p",
                    "Telefon: +49 3583 123 456<br>E-Mail: info@example.org<br>"
                    "Getragen vom Innovationsverein neoNET e. V., Zittau. "
                    "Vertreten durch den Vorstand.",
                ),
                ("h", "Verantwortlich für den Inhalt"),
                (
                    "p",
                    "Die Koordinierungsstelle MINT Dreiländereck, Anschrift wie oben. "
                    "Für die Inhalte der einzelnen Kurse sind die jeweils genannten "
                    "Partnereinrichtungen verantwortlich.",
                ),
                (
                    "fact",
                    "Demo-Installation",
                    "Diese Seite ist eine Demonstration. Namen, Adressen und Termine "
                    "sind Beispiele; bitte melden Sie sich nicht ernsthaft an.",
                ),
            ],
        },
        "pl": {
            "slug": "impressum",
            "title": "Nota prawna",
            "intro": "Informacje o operatorze serwisu zgodnie z prawem niemieckim (§ 5 DDG).",
            "body": [
                ("h", "Operator serwisu"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz<br>"
                    f"c/o Science-Center Oberlausitz<br>{_ADDRESS_LINE}<br>Niemcy",
                ),
                (
                    "p",
                    "Telefon: +49 3583 123 456<br>E-mail: info@example.org<br>"
                    "Organem prowadzącym jest stowarzyszenie innowacyjne neoNET e. V. "
                    "z siedzibą w Żytawie, reprezentowane przez zarząd.",
                ),
                ("h", "Odpowiedzialność za treść"),
                (
                    "p",
                    "Biuro koordynacyjne MINT Dreiländereck, adres jak wyżej. Za treść "
                    "poszczególnych kursów odpowiadają wskazane przy nich instytucje "
                    "partnerskie.",
                ),
                (
                    "fact",
                    "Wersja demonstracyjna",
                    "Ta strona służy do prezentacji. Nazwiska, adresy i terminy są "
                    "przykładowe; prosimy nie traktować zapisów jako wiążących.",
                ),
            ],
        },
        "cs": {
            "slug": "tiraz",
            "title": "Tiráž",
            "intro": "Údaje o provozovateli podle německého práva (§ 5 DDG).",
            "body": [
                ("h", "Provozovatel"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz<br>"
                    f"c/o Science-Center Oberlausitz<br>{_ADDRESS_LINE}<br>Německo",
                ),
                (
                    "p",
                    "Telefon: +49 3583 123 456<br>E-mail: info@example.org<br>"
                    "Nositelem je inovační spolek neoNET e. V. se sídlem v Žitavě, "
                    "zastoupený představenstvem.",
                ),
                ("h", "Odpovědnost za obsah"),
                (
                    "p",
                    "Koordinační kancelář MINT Dreiländereck, adresa viz výše. Za obsah "
                    "jednotlivých kurzů odpovídají uvedené partnerské instituce.",
                ),
                (
                    "fact",
                    "Ukázková instalace",
                    "Tento web slouží k předvedení. Jména, adresy a termíny jsou "
                    "smyšlené; přihlášky prosím neberte vážně.",
                ),
            ],
        },
        "en": {
            "slug": "imprint",
            "title": "Imprint",
            "intro": "Information about the provider under German law (§ 5 DDG).",
            "body": [
                ("h", "Provider"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz<br>"
                    f"c/o Science-Center Oberlausitz<br>{_ADDRESS_LINE}<br>Germany",
                ),
                (
                    "p",
                    "Phone: +49 3583 123 456<br>E-mail: info@example.org<br>"
                    "Run by the innovation association neoNET e. V., Zittau, "
                    "represented by its board.",
                ),
                ("h", "Responsible for the content"),
                (
                    "p",
                    "The MINT Dreiländereck coordination office, address as above. The "
                    "partner institutions named on each course are responsible for its "
                    "content.",
                ),
                (
                    "fact",
                    "Demo installation",
                    "This site is a demonstration. Names, addresses and dates are "
                    "examples; please do not register for real.",
                ),
            ],
        },
    },
    {
        "de": {
            "slug": "datenschutz",
            "title": "Datenschutzerklärung",
            "intro": (
                "Wir speichern nur, was wir für Anmeldung, Altersprüfung, Anwesenheit "
                "und Bescheinigungen brauchen. Hier steht genau, was das ist."
            ),
            "body": [
                ("h", "Verantwortliche Stelle"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz, "
                    f"{_ADDRESS_LINE}, info@example.org. Unsere Datenschutzbeauftragte "
                    "erreichen Sie unter datenschutz@example.org.",
                ),
                ("h", "Welche Daten wir speichern"),
                (
                    "ul",
                    [
                        "<b>Ihr Konto:</b> E-Mail-Adresse, Name, bevorzugte Sprache und "
                        "Ihr Passwort – dieses nur als nicht umkehrbarer Hash.",
                        "<b>Teilnehmende:</b> Vor- und Nachname und Geburtsdatum jedes "
                        "Kindes oder Erwachsenen, den Sie anmelden. Das Geburtsdatum "
                        "brauchen wir, um die Altersgrenzen eines Kurses zu prüfen.",
                        "<b>Freiwillig:</b> Geschlecht und Wohnland für die Statistik an "
                        "unsere Fördermittelgeber, Hinweise für die Kursleitung (etwa "
                        "Allergien) und die Einwilligung zu Fotos.",
                        "<b>Anmeldungen:</b> Kurs, Termin, Status (bestätigt, "
                        "Warteliste, storniert), Anwesenheit je Termin und ausgestellte "
                        "Bescheinigungen.",
                        "<b>Klassenbesuche:</b> Schule, Klassenstufe, Zahl der Kinder und "
                        "Begleitpersonen, Kontakt der Lehrkraft – keine Namen von "
                        "Schülerinnen und Schülern.",
                        "<b>Technisch:</b> ein Sitzungs- und ein Sprach-Cookie; "
                        "Server-Protokolle mit IP-Adresse für 14 Tage. Keine Werbe- oder "
                        "Tracking-Cookies.",
                    ],
                ),
                ("h", "Zweck und Rechtsgrundlage"),
                (
                    "p",
                    "Anmeldung, Warteliste, Anwesenheit und Bescheinigungen beruhen auf "
                    "Art. 6 Abs. 1 lit. b DSGVO (Durchführung des Kurses). Freiwillige "
                    "Angaben verarbeiten wir nur mit Ihrer Einwilligung (Art. 6 Abs. 1 "
                    "lit. a DSGVO), die Sie jederzeit im Konto widerrufen können. Daten "
                    "von Kindern geben die Sorgeberechtigten an. Den Fördermittelgebern "
                    "melden wir nur zusammengefasste Zahlen ohne Namen.",
                ),
                ("h", "Wer die Daten sieht"),
                (
                    "p",
                    "Die Kursleitung sieht Namen und Hinweise der Teilnehmenden ihrer "
                    "eigenen Termine, die Koordination alle Anmeldungen. Die "
                    "Partnereinrichtung, die einen Kurs durchführt, erhält die "
                    "Teilnehmendenliste dieses Kurses. Wir verkaufen keine Daten und "
                    "geben sie an niemanden sonst weiter. Der Server steht in der EU.",
                ),
                (
                    "fact",
                    "Wie lange wir speichern",
                    "Anmelde- und Anwesenheitsdaten löschen wir ein Jahr nach Kursende. "
                    "Bescheinigungen bleiben überprüfbar, solange ihr Code gültig ist, "
                    "höchstens zehn Jahre. Konten löschen wir auf Wunsch sofort, "
                    "unbenutzte Konten nach drei Jahren.",
                ),
                ("h", "Ihre Rechte"),
                (
                    "p",
                    "Sie haben das Recht auf Auskunft, Berichtigung, Löschung, "
                    "Einschränkung der Verarbeitung und Datenübertragbarkeit sowie auf "
                    "Widerspruch (Art. 15–21 DSGVO). Teilnehmende können Sie im Konto "
                    "selbst ändern und löschen. Beschweren können Sie sich bei der "
                    "Sächsischen Datenschutz- und Transparenzbeauftragten in Dresden "
                    "oder bei jeder anderen Aufsichtsbehörde in der EU.",
                ),
            ],
        },
        "pl": {
            "slug": "prywatnosc",
            "title": "Polityka prywatności",
            "intro": (
                "Przechowujemy tylko to, czego potrzebujemy do zapisów, sprawdzenia "
                "wieku, listy obecności i zaświadczeń. Poniżej dokładnie opisujemy, co "
                "to jest."
            ),
            "body": [
                ("h", "Administrator danych"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz, "
                    f"{_ADDRESS_LINE}, Niemcy, info@example.org. Z inspektorem ochrony "
                    "danych można się skontaktować pod adresem datenschutz@example.org.",
                ),
                ("h", "Jakie dane przechowujemy"),
                (
                    "ul",
                    [
                        "<b>Twoje konto:</b> adres e-mail, imię i nazwisko, preferowany "
                        "język oraz hasło – wyłącznie w postaci nieodwracalnego skrótu.",
                        "<b>Uczestnicy:</b> imię, nazwisko i data urodzenia każdego "
                        "zapisanego dziecka lub dorosłego. Data urodzenia jest potrzebna "
                        "do sprawdzenia granic wieku kursu.",
                        "<b>Dobrowolnie:</b> płeć i kraj zamieszkania do statystyk dla "
                        "grantodawców, uwagi dla prowadzących (np. alergie) oraz zgoda "
                        "na zdjęcia.",
                        "<b>Zapisy:</b> kurs, termin, status (potwierdzony, lista "
                        "oczekujących, anulowany), obecność na zajęciach i wydane "
                        "zaświadczenia.",
                        "<b>Rezerwacje zajęć dla grup szkolnych:</b> szkoła, klasa, liczba dzieci i opiekunów, "
                        "kontakt do nauczyciela – bez nazwisk uczniów.",
                        "<b>Dane techniczne:</b> plik cookie sesji i języka; logi "
                        "serwera z adresem IP przez 14 dni. Bez cookies reklamowych i "
                        "śledzących.",
                    ],
                ),
                ("h", "Cel i podstawa prawna"),
                (
                    "p",
                    "Zapisy, lista oczekujących, obecność i zaświadczenia opierają się na "
                    "art. 6 ust. 1 lit. b RODO (realizacja kursu). Dane dobrowolne "
                    "przetwarzamy wyłącznie za Twoją zgodą (art. 6 ust. 1 lit. a RODO), "
                    "którą możesz w każdej chwili wycofać w swoim koncie. Dane dzieci "
                    "podają ich opiekunowie prawni. Grantodawcom przekazujemy wyłącznie "
                    "zbiorcze liczby bez nazwisk.",
                ),
                ("h", "Kto widzi dane"),
                (
                    "p",
                    "Prowadzący widzą imiona, nazwiska i uwagi uczestników swoich "
                    "terminów, koordynacja – wszystkie zapisy. Instytucja partnerska "
                    "prowadząca kurs otrzymuje listę jego uczestników. Nie sprzedajemy "
                    "danych i nie przekazujemy ich nikomu innemu. Serwer znajduje się w "
                    "UE.",
                ),
                (
                    "fact",
                    "Jak długo przechowujemy dane",
                    "Dane zapisów i obecności usuwamy rok po zakończeniu kursu. "
                    "Zaświadczenia można weryfikować, dopóki ich kod jest ważny, "
                    "najdłużej dziesięć lat. Konto usuwamy na życzenie od razu, "
                    "nieużywane konta po trzech latach.",
                ),
                ("h", "Twoje prawa"),
                (
                    "p",
                    "Masz prawo dostępu do danych, ich sprostowania, usunięcia, "
                    "ograniczenia przetwarzania i przenoszenia oraz prawo sprzeciwu "
                    "(art. 15–21 RODO). Uczestników możesz sam zmienić lub usunąć w "
                    "swoim koncie. Skargę możesz złożyć do Prezesa Urzędu Ochrony "
                    "Danych Osobowych lub do saksońskiego organu nadzorczego w Dreźnie.",
                ),
            ],
        },
        "cs": {
            "slug": "ochrana-osobnich-udaju",
            "title": "Ochrana osobních údajů",
            "intro": (
                "Ukládáme jen to, co potřebujeme k přihlášce, kontrole věku, docházce a "
                "potvrzením. Zde přesně popisujeme, o co jde."
            ),
            "body": [
                ("h", "Správce údajů"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz, "
                    f"{_ADDRESS_LINE}, Německo, info@example.org. Pověřenec pro ochranu "
                    "osobních údajů: datenschutz@example.org.",
                ),
                ("h", "Jaké údaje ukládáme"),
                (
                    "ul",
                    [
                        "<b>Váš účet:</b> e-mailová adresa, jméno, preferovaný jazyk a "
                        "heslo – to pouze jako nevratný hash.",
                        "<b>Účastníci:</b> jméno, příjmení a datum narození každého "
                        "přihlášeného dítěte nebo dospělého. Datum narození potřebujeme "
                        "ke kontrole věkových hranic kurzu.",
                        "<b>Dobrovolně:</b> pohlaví a země bydliště pro statistiku "
                        "poskytovatelů dotací, poznámky pro lektora (např. alergie) a "
                        "souhlas s fotografováním.",
                        "<b>Přihlášky:</b> kurz, termín, stav (potvrzeno, čekací "
                        "listina, zrušeno), docházka na jednotlivá setkání a vydaná "
                        "potvrzení.",
                        "<b>Rezervace výukových programů:</b> škola, ročník, počet dětí a doprovodu, "
                        "kontakt na učitele – žádná jména žáků.",
                        "<b>Technické údaje:</b> cookie relace a jazyka; serverové logy "
                        "s IP adresou po dobu 14 dnů. Žádné reklamní ani sledovací "
                        "cookies.",
                    ],
                ),
                ("h", "Účel a právní základ"),
                (
                    "p",
                    "Přihlášky, čekací listina, docházka a potvrzení vycházejí z čl. 6 "
                    "odst. 1 písm. b) GDPR (realizace kurzu). Dobrovolné údaje "
                    "zpracováváme jen s vaším souhlasem (čl. 6 odst. 1 písm. a) GDPR), "
                    "který můžete kdykoli odvolat ve svém účtu. Údaje dětí zadávají "
                    "jejich zákonní zástupci. Poskytovatelům dotací hlásíme jen souhrnná "
                    "čísla bez jmen.",
                ),
                ("h", "Kdo údaje vidí"),
                (
                    "p",
                    "Lektoři vidí jména a poznámky účastníků svých termínů, koordinace "
                    "všechny přihlášky. Partnerská instituce, která kurz pořádá, dostane "
                    "seznam jeho účastníků. Údaje neprodáváme a nikomu dalšímu je "
                    "nepředáváme. Server je umístěn v EU.",
                ),
                (
                    "fact",
                    "Jak dlouho údaje uchováváme",
                    "Údaje o přihláškách a docházce mažeme rok po skončení kurzu. "
                    "Potvrzení lze ověřit, dokud je jejich kód platný, nejdéle deset "
                    "let. Účet na požádání smažeme ihned, nepoužívané účty po třech "
                    "letech.",
                ),
                ("h", "Vaše práva"),
                (
                    "p",
                    "Máte právo na přístup, opravu, výmaz, omezení zpracování, "
                    "přenositelnost a právo vznést námitku (čl. 15–21 GDPR). Účastníky "
                    "můžete sami upravit a smazat ve svém účtu. Stížnost můžete podat u "
                    "Úřadu pro ochranu osobních údajů v Praze nebo u saského dozorového "
                    "úřadu v Drážďanech.",
                ),
            ],
        },
        "en": {
            "slug": "privacy",
            "title": "Privacy policy",
            "intro": (
                "We keep only what we need for registration, age checks, attendance and "
                "certificates. This page says exactly what that is."
            ),
            "body": [
                ("h", "Controller"),
                (
                    "p",
                    "MINT Dreiländereck – Bildungsnetzwerk der Lausitz-Allianz, "
                    f"{_ADDRESS_LINE}, Germany, info@example.org. You can reach our data "
                    "protection officer at datenschutz@example.org.",
                ),
                ("h", "What we store"),
                (
                    "ul",
                    [
                        "<b>Your account:</b> e-mail address, name, preferred language "
                        "and your password – only as an irreversible hash.",
                        "<b>Participants:</b> first name, last name and date of birth of "
                        "each child or adult you register. We need the date of birth to "
                        "check a course's age limits.",
                        "<b>Optional:</b> gender and country of residence for our "
                        "funders' statistics, notes for the instructor (such as "
                        "allergies) and consent to photos.",
                        "<b>Registrations:</b> course, date, status (confirmed, waiting "
                        "list, cancelled), attendance per session and certificates "
                        "issued.",
                        "<b>Class visits:</b> school, grade, number of pupils and "
                        "accompanying adults, the teacher's contact – no pupils' names.",
                        "<b>Technical:</b> a session cookie and a language cookie; server "
                        "logs with IP addresses for 14 days. No advertising or tracking "
                        "cookies.",
                    ],
                ),
                ("h", "Purpose and legal basis"),
                (
                    "p",
                    "Registration, waiting list, attendance and certificates rest on "
                    "Art. 6(1)(b) GDPR (running the course). Optional data is processed "
                    "only with your consent (Art. 6(1)(a) GDPR), which you can withdraw "
                    "in your account at any time. Children's data is entered by their "
                    "parents or guardians. Funders receive only aggregated figures "
                    "without names.",
                ),
                ("h", "Who sees the data"),
                (
                    "p",
                    "Instructors see the names and notes of participants in their own "
                    "sessions; the coordination team sees all registrations. The partner "
                    "institution running a course receives that course's participant "
                    "list. We never sell data or pass it to anyone else. The server is "
                    "located in the EU.",
                ),
                (
                    "fact",
                    "How long we keep it",
                    "Registration and attendance data is deleted one year after the "
                    "course ends. Certificates stay verifiable while their code is valid, "
                    "at most ten years. We delete accounts at once on request and unused "
                    "accounts after three years.",
                ),
                ("h", "Your rights"),
                (
                    "p",
                    "You have the right of access, rectification, erasure, restriction, "
                    "data portability and objection (Art. 15–21 GDPR). You can change and "
                    "delete participants yourself in your account. You may complain to "
                    "the Saxon Data Protection Commissioner in Dresden or to any other "
                    "supervisory authority in the EU.",
                ),
            ],
        },
    },
    {
        "de": {
            "slug": "barrierefreiheit",
            "title": "Erklärung zur Barrierefreiheit",
            "intro": (
                "Wir möchten, dass alle Menschen unsere Angebote finden und sich "
                "anmelden können – mit Tastatur, Screenreader oder Vergrößerung."
            ),
            "body": [
                ("h", "Stand der Vereinbarkeit"),
                (
                    "p",
                    "Diese Website ist teilweise mit der Barrierefreie-Informationstechnik-"
                    "Verordnung (BITV 2.0) und der Norm EN 301 549 vereinbar. Geprüft "
                    "haben wir selbst, mit Tastatur, NVDA und 200 % Vergrößerung.",
                ),
                ("h", "Was noch nicht barrierefrei ist"),
                (
                    "ul",
                    [
                        "Ältere Bescheinigungen als PDF sind nicht vollständig getaggt.",
                        "Einige Fotos von Partnern haben noch keine Bildbeschreibung.",
                        "Die Kartenansicht der Veranstaltungsorte ist nur ein Link zu "
                        "OpenStreetMap; Adresse und Anfahrt stehen aber immer als Text "
                        "dabei.",
                    ],
                ),
                (
                    "fact",
                    "Barrierefreie Veranstaltungsorte",
                    "Bei jedem Ort steht, ob er stufenlos erreichbar ist und ob es eine "
                    "Induktionsschleife gibt. Im Katalog können Sie nach stufenlosen "
                    "Orten filtern.",
                ),
                ("h", "Feedback und Kontakt"),
                (
                    "p",
                    "Sind Ihnen Barrieren aufgefallen? Schreiben Sie an "
                    "barrierefreiheit@example.org oder rufen Sie +49 3583 123 456 an. "
                    "Wir antworten innerhalb von zwei Wochen. Bleibt eine Antwort aus, "
                    "können Sie sich an die Schlichtungsstelle beim Beauftragten der "
                    "Sächsischen Staatsregierung für die Belange von Menschen mit "
                    "Behinderungen wenden.",
                ),
            ],
        },
        "pl": {
            "slug": "dostepnosc",
            "title": "Deklaracja dostępności",
            "intro": (
                "Chcemy, aby każdy mógł znaleźć nasze oferty i się zapisać – za pomocą "
                "klawiatury, czytnika ekranu lub powiększenia."
            ),
            "body": [
                ("h", "Stan zgodności"),
                (
                    "p",
                    "Ta strona jest częściowo zgodna z niemieckim rozporządzeniem BITV 2.0 "
                    "i normą EN 301 549. Testy przeprowadziliśmy sami – klawiaturą, "
                    "czytnikiem NVDA i przy powiększeniu 200 %.",
                ),
                ("h", "Co nie jest jeszcze dostępne"),
                (
                    "ul",
                    [
                        "Starsze zaświadczenia w formacie PDF nie są w pełni otagowane.",
                        "Niektóre zdjęcia partnerów nie mają jeszcze opisu alternatywnego.",
                        "Mapa miejsc zajęć to tylko link do OpenStreetMap; adres i dojazd "
                        "zawsze podajemy również jako tekst.",
                    ],
                ),
                (
                    "fact",
                    "Dostępne miejsca zajęć",
                    "Przy każdym miejscu podajemy, czy można do niego dotrzeć bez "
                    "schodów i czy jest pętla indukcyjna. W katalogu można filtrować "
                    "miejsca bez barier.",
                ),
                ("h", "Uwagi i kontakt"),
                (
                    "p",
                    "Zauważyłeś bariery? Napisz na barrierefreiheit@example.org lub "
                    "zadzwoń pod numer +49 3583 123 456. Odpowiadamy w ciągu dwóch "
                    "tygodni. Jeśli nie otrzymasz odpowiedzi, możesz zwrócić się do "
                    "saksońskiego urzędu rozjemczego ds. osób z niepełnosprawnościami.",
                ),
            ],
        },
        "cs": {
            "slug": "pristupnost",
            "title": "Prohlášení o přístupnosti",
            "intro": (
                "Chceme, aby naše nabídky našel a přihlásit se na ně mohl každý – s "
                "klávesnicí, čtečkou obrazovky nebo se zvětšením."
            ),
            "body": [
                ("h", "Stav souladu"),
                (
                    "p",
                    "Tento web je částečně v souladu s německým nařízením BITV 2.0 a "
                    "normou EN 301 549. Testovali jsme sami – klávesnicí, čtečkou NVDA a "
                    "při zvětšení na 200 %.",
                ),
                ("h", "Co zatím přístupné není"),
                (
                    "ul",
                    [
                        "Starší potvrzení ve formátu PDF nejsou plně otagovaná.",
                        "Některé fotografie partnerů zatím nemají textový popis.",
                        "Mapa míst konání je jen odkaz na OpenStreetMap; adresu a "
                        "dopravní spojení ale vždy uvádíme i jako text.",
                    ],
                ),
                (
                    "fact",
                    "Bezbariérová místa konání",
                    "U každého místa uvádíme, zda je bezbariérové a zda má indukční "
                    "smyčku. V katalogu můžete bezbariérová místa vyfiltrovat.",
                ),
                ("h", "Zpětná vazba a kontakt"),
                (
                    "p",
                    "Narazili jste na bariéru? Napište na barrierefreiheit@example.org "
                    "nebo volejte +49 3583 123 456. Odpovíme do dvou týdnů. Pokud "
                    "odpověď nepřijde, můžete se obrátit na saský smírčí orgán pro "
                    "záležitosti lidí s postižením.",
                ),
            ],
        },
        "en": {
            "slug": "accessibility",
            "title": "Accessibility statement",
            "intro": (
                "We want everyone to be able to find our activities and register – with a "
                "keyboard, a screen reader or magnification."
            ),
            "body": [
                ("h", "Compliance status"),
                (
                    "p",
                    "This website is partially compliant with the German BITV 2.0 "
                    "regulation and the EN 301 549 standard. We tested it ourselves, "
                    "with a keyboard, NVDA and 200 % zoom.",
                ),
                ("h", "What is not accessible yet"),
                (
                    "ul",
                    [
                        "Older PDF certificates are not fully tagged.",
                        "Some partner photos still lack a text alternative.",
                        "The venue map is only a link to OpenStreetMap; address and "
                        "directions are always given as text as well.",
                    ],
                ),
                (
                    "fact",
                    "Accessible venues",
                    "Every venue says whether it has step-free access and a hearing "
                    "loop. In the catalogue you can filter for step-free venues.",
                ),
                ("h", "Feedback and contact"),
                (
                    "p",
                    "Found a barrier? Write to barrierefreiheit@example.org or call "
                    "+49 3583 123 456. We reply within two weeks. If you get no answer, "
                    "you can turn to the conciliation body of the Saxon Commissioner for "
                    "the concerns of people with disabilities.",
                ),
            ],
        },
    },
]

TOPICS = [
    {
        "slug": "mathematik",
        "icon": "math",
        "name": {
            "de": "Mathematik",
            "pl": "Matematyka",
            "cs": "Matematika",
            "en": "Mathematics",
        },
    },
    {
        "slug": "informatik",
        "icon": "computer",
        "name": {
            "de": "Informatik",
            "pl": "Informatyka",
            "cs": "Informatika",
            "en": "Computer science",
        },
    },
    {
        "slug": "naturwissenschaften",
        "icon": "flask",
        "name": {
            "de": "Naturwissenschaften",
            "pl": "Nauki przyrodnicze",
            "cs": "Přírodní vědy",
            "en": "Natural sciences",
        },
    },
    {
        "slug": "technik",
        "icon": "gear",
        "name": {
            "de": "Technik",
            "pl": "Technika",
            "cs": "Technika",
            "en": "Engineering",
        },
    },
    {
        "slug": "3d-druck",
        "icon": "printer",
        "name": {
            "de": "Additive Fertigung & 3D-Druck",
            "pl": "Wytwarzanie przyrostowe i druk 3D",
            "cs": "Aditivní výroba a 3D tisk",
            "en": "Additive manufacturing & 3D printing",
        },
    },
    {
        "slug": "energie",
        "icon": "battery",
        "name": {
            "de": "Energie & Speicher",
            "pl": "Energia i magazynowanie",
            "cs": "Energie a její ukládání",
            "en": "Energy & storage",
        },
    },
    {
        "slug": "robotik",
        "icon": "robot",
        "name": {
            "de": "Robotik",
            "pl": "Robotyka",
            "cs": "Robotika",
            "en": "Robotics",
        },
    },
    {
        "slug": "umwelt",
        "icon": "leaf",
        "name": {
            "de": "Umwelt & Klima",
            "pl": "Środowisko i klimat",
            "cs": "Životní prostředí a klima",
            "en": "Environment & climate",
        },
    },
    {
        "slug": "astronomie",
        "icon": "star",
        "name": {
            "de": "Astronomie",
            "pl": "Astronomia",
            "cs": "Astronomie",
            "en": "Astronomy",
        },
    },
]

AUDIENCE_LEVELS = [
    {
        "slug": "kita",
        "ages": (3, 6),
        "name": {
            "de": "Kita & Vorschule",
            "pl": "Przedszkole",
            "cs": "Mateřská škola",
            "en": "Early years",
        },
    },
    {
        "slug": "grundschule",
        "ages": (6, 10),
        "name": {
            "de": "Grundschule",
            "pl": "Klasy 1–4",
            "cs": "1. stupeň základní školy",
            "en": "Primary school",
        },
    },
    {
        "slug": "sek1",
        "ages": (10, 16),
        "name": {
            "de": "Sekundarstufe I",
            "pl": "Klasy 5–8 i młodzież",
            "cs": "2. stupeň základní školy",
            "en": "Lower secondary",
        },
    },
    {
        "slug": "sek2",
        "ages": (16, 19),
        "name": {
            "de": "Sekundarstufe II",
            "pl": "Szkoła średnia",
            "cs": "Střední škola",
            "en": "Upper secondary",
        },
    },
    {
        "slug": "ausbildung",
        "ages": (16, 25),
        "name": {
            "de": "Berufsausbildung",
            "pl": "Kształcenie zawodowe",
            "cs": "Odborné vzdělávání",
            "en": "Vocational training",
        },
    },
    {
        "slug": "erwachsene",
        "ages": (18, None),
        "name": {
            "de": "Erwachsene & Weiterbildung",
            "pl": "Dorośli i doskonalenie zawodowe",
            "cs": "Dospělí a další vzdělávání",
            "en": "Adults & further training",
        },
    },
    {
        "slug": "senioren",
        "ages": (60, None),
        "name": {
            "de": "Seniorinnen & Senioren",
            "pl": "Seniorzy",
            "cs": "Senioři",
            "en": "Seniors",
        },
    },
]

PROVIDERS = [
    {
        "slug": "science-center-oberlausitz",
        "town": "Zittau",
        "website": "https://science-center.example.org/",
        "name": {
            "de": "Science-Center Oberlausitz",
            "pl": "Science-Center Oberlausitz (Centrum Nauki Górnych Łużyc)",
            "cs": "Science-Center Oberlausitz (Vědecké centrum Horní Lužice)",
            "en": "Science-Center Oberlausitz",
        },
        "description": {
            "de": (
                "Die WIRkstätte der Lausitz-Allianz in Zittau: Mitmach-Ausstellung, "
                "Labore und Werkstätten für Kinder, Schulklassen, Fachkräfte und "
                "Seniorinnen und Senioren."
            ),
            "pl": (
                "Pracownia sojuszu Lausitz-Allianz w Żytawie: interaktywna wystawa, "
                "laboratoria i warsztaty dla dzieci, klas szkolnych, specjalistów i "
                "seniorów."
            ),
            "cs": (
                "Dílna aliance Lausitz-Allianz v Žitavě: interaktivní expozice, "
                "laboratoře a dílny pro děti, školní třídy, odborníky i seniory."
            ),
            "en": (
                "The Lausitz alliance's hands-on centre in Zittau: an interactive "
                "exhibition, labs and workshops for children, school classes, "
                "professionals and seniors."
            ),
        },
    },
    {
        "slug": "hochschule-zittau-goerlitz",
        "town": "Zittau",
        "website": "https://www.hszg.de/",
        "name": {
            "de": "Hochschule Zittau/Görlitz",
            "pl": "Hochschule Zittau/Görlitz (Uczelnia Żytawa/Görlitz)",
            "cs": "Hochschule Zittau/Görlitz (Vysoká škola Žitava/Zhořelec)",
            "en": "Zittau/Görlitz University of Applied Sciences",
        },
        "description": {
            "de": (
                "Hochschule für angewandte Wissenschaften mit Campus in Zittau und "
                "Görlitz; Schwerpunkte Energie, additive Fertigung und Informatik. "
                "Bietet Schnupperstudium, Schülerlabore und Weiterbildung an."
            ),
            "pl": (
                "Uczelnia nauk stosowanych z kampusami w Żytawie i Görlitz; specjalności: "
                "energetyka, wytwarzanie przyrostowe i informatyka. Prowadzi dni "
                "studenta na próbę, laboratoria dla uczniów i kursy dla dorosłych."
            ),
            "cs": (
                "Vysoká škola aplikovaných věd s kampusy v Žitavě a Zhořelci; zaměření "
                "na energetiku, aditivní výrobu a informatiku. Nabízí studium na "
                "zkoušku, laboratoře pro žáky a další vzdělávání."
            ),
            "en": (
                "University of applied sciences with campuses in Zittau and Görlitz, "
                "focusing on energy, additive manufacturing and computing. Offers "
                "taster days, school labs and further training."
            ),
        },
    },
    {
        "slug": "tu-liberec",
        "town": "Liberec",
        "website": "https://www.tul.cz/",
        "name": {
            "de": "Technische Universität Liberec",
            "pl": "Uniwersytet Techniczny w Libercu",
            "cs": "Technická univerzita v Liberci",
            "en": "Technical University of Liberec",
        },
        "description": {
            "de": (
                "Technische Universität mit Fakultäten für Maschinenbau, Textil, "
                "Mechatronik und Naturwissenschaften; lädt Schulklassen in Labore und "
                "Werkstätten ein."
            ),
            "pl": (
                "Uczelnia techniczna z wydziałami mechanicznym, włókienniczym, "
                "mechatroniki i nauk przyrodniczych; zaprasza klasy szkolne do "
                "laboratoriów i warsztatów."
            ),
            "cs": (
                "Technická univerzita s fakultami strojní, textilní, mechatroniky a "
                "přírodovědnou; zve školní třídy do laboratoří a dílen."
            ),
            "en": (
                "Technical university with faculties of mechanical engineering, "
                "textiles, mechatronics and science; welcomes school classes to its labs "
                "and workshops."
            ),
        },
    },
    {
        "slug": "mdk-zgorzelec",
        "town": "Zgorzelec",
        "website": "https://mdk-zgorzelec.example.org/",
        "name": {
            "de": "Städtisches Kulturhaus Zgorzelec",
            "pl": "Miejski Dom Kultury w Zgorzelcu",
            "cs": "Městský dům kultury Zgorzelec",
            "en": "Zgorzelec Municipal Cultural Centre",
        },
        "description": {
            "de": (
                "Kulturhaus direkt an der Neiße gegenüber der Görlitzer Altstadt, mit "
                "Technik- und Naturwerkstätten für Kinder und Jugendliche."
            ),
            "pl": (
                "Dom kultury nad Nysą, naprzeciwko starówki Görlitz, z pracowniami "
                "technicznymi i przyrodniczymi dla dzieci i młodzieży."
            ),
            "cs": (
                "Dům kultury přímo u Nisy naproti starému městu Görlitz, s technickými "
                "a přírodovědnými dílnami pro děti a mládež."
            ),
            "en": (
                "Cultural centre on the Neisse river opposite Görlitz old town, with "
                "technology and nature workshops for children and young people."
            ),
        },
    },
    {
        "slug": "vhs-landkreis-goerlitz",
        "town": "Görlitz",
        "website": "https://vhs-goerlitz.example.org/",
        "name": {
            "de": "Volkshochschule Landkreis Görlitz",
            "pl": "Uniwersytet Ludowy Powiatu Görlitz (VHS)",
            "cs": "Lidová univerzita okresu Görlitz (VHS)",
            "en": "Görlitz District Adult Education Centre (VHS)",
        },
        "description": {
            "de": (
                "Weiterbildung für alle mit Lernorten in Görlitz, Löbau, Zittau und "
                "Weißwasser: Sprachen, Digitales, Beruf und Gesundheit."
            ),
            "pl": (
                "Kształcenie dla wszystkich w Görlitz, Löbau, Żytawie i Weißwasser: "
                "języki, kompetencje cyfrowe, zawód i zdrowie."
            ),
            "cs": (
                "Vzdělávání pro všechny s pobočkami v Görlitz, Löbau, Žitavě a "
                "Weißwasseru: jazyky, digitální dovednosti, profese a zdraví."
            ),
            "en": (
                "Adult education for everyone in Görlitz, Löbau, Zittau and Weißwasser: "
                "languages, digital skills, work and health."
            ),
        },
    },
    {
        "slug": "makerspace-goerlitz",
        "town": "Görlitz",
        "website": "https://makerspace-goerlitz.example.org/",
        "name": {
            "de": "Makerspace Görlitz e. V.",
            "pl": "Makerspace Görlitz",
            "cs": "Makerspace Görlitz",
            "en": "Makerspace Görlitz",
        },
        "description": {
            "de": (
                "Offene Werkstatt mit 3D-Druckern, Lasercutter, Elektronik- und "
                "Holzwerkstatt; Ehrenamtliche geben ihr Wissen in Kursen weiter."
            ),
            "pl": (
                "Otwarta pracownia z drukarkami 3D, wycinarką laserową, warsztatem "
                "elektronicznym i stolarskim; wolontariusze dzielą się wiedzą na kursach."
            ),
            "cs": (
                "Otevřená dílna s 3D tiskárnami, laserovou řezačkou, elektronickou a "
                "dřevařskou dílnou; dobrovolníci předávají své znalosti v kurzech."
            ),
            "en": (
                "Open workshop with 3D printers, a laser cutter, electronics and "
                "woodworking benches; volunteers share their skills in courses."
            ),
        },
    },
    {
        "slug": "christian-weise-bibliothek",
        "town": "Zittau",
        "website": "https://bibliothek-zittau.example.org/",
        "name": {
            "de": "Christian-Weise-Bibliothek Zittau",
            "pl": "Biblioteka im. Christiana Weise w Żytawie",
            "cs": "Knihovna Christiana Weiseho v Žitavě",
            "en": "Christian Weise Library Zittau",
        },
        "description": {
            "de": (
                "Stadtbibliothek mit Makerecke, Tablet-Sprechstunde und "
                "Programmierclubs; Partnerin für digitale Bildung von 6 bis 99."
            ),
            "pl": (
                "Biblioteka miejska z kącikiem majsterkowicza, dyżurem tabletowym i "
                "klubami programowania; partner edukacji cyfrowej od 6 do 99 lat."
            ),
            "cs": (
                "Městská knihovna s koutkem pro kutily, poradnou pro tablety a "
                "programátorskými kroužky; partner digitálního vzdělávání od 6 do 99 let."
            ),
            "en": (
                "Town library with a maker corner, tablet help desk and coding clubs; "
                "a partner for digital learning from 6 to 99."
            ),
        },
    },
    {
        "slug": "ddm-varnsdorf",
        "town": "Varnsdorf",
        "website": "https://ddm-varnsdorf.example.org/",
        "name": {
            "de": "Haus der Kinder und Jugend Varnsdorf",
            "pl": "Dom Dzieci i Młodzieży w Varnsdorfie",
            "cs": "Dům dětí a mládeže Varnsdorf",
            "en": "Varnsdorf Children and Youth Centre",
        },
        "description": {
            "de": (
                "Freizeitzentrum für Kinder und Jugendliche im Schluckenauer Zipfel, mit "
                "Naturwissenschafts- und Robotikkursen und Ferienlagern."
            ),
            "pl": (
                "Centrum zajęć pozaszkolnych dla dzieci i młodzieży w Varnsdorfie, z "
                "kursami przyrodniczymi i robotyki oraz obozami wakacyjnymi."
            ),
            "cs": (
                "Středisko volného času pro děti a mládež ve Šluknovském výběžku, s "
                "přírodovědnými a robotickými kroužky a letními tábory."
            ),
            "en": (
                "Leisure centre for children and young people in the Šluknov hook, with "
                "science and robotics clubs and holiday camps."
            ),
        },
    },
]

# Venues are referred to by key in COURSES; the key is not stored (venues are found
# by name and locale).
VENUES = {
    "scz": {
        "name": "Science-Center Oberlausitz",
        "street": "Äußere Weberstraße 2",
        "postcode": "02763",
        "town": "Zittau",
        "country": "DE",
        "coordinates": ("50.894900", "14.803200"),
        "step_free": True,
        "hearing_loop": True,
        "accessibility_notes": {
            "de": "Stufenloser Eingang, Aufzug in alle Etagen, barrierefreies WC im "
            "Erdgeschoss, Induktionsschleife im Vortragssaal.",
            "pl": "Wejście bez stopni, winda na wszystkie piętra, toaleta dla osób z "
            "niepełnosprawnościami na parterze, pętla indukcyjna w sali wykładowej.",
            "cs": "Bezbariérový vstup, výtah do všech podlaží, bezbariérové WC v "
            "přízemí, indukční smyčka v přednáškovém sále.",
            "en": "Step-free entrance, lift to all floors, accessible toilet on the "
            "ground floor, hearing loop in the lecture hall.",
        },
        "transport_hint": {
            "de": "10 Minuten zu Fuß vom Bahnhof Zittau (Züge aus Dresden, Görlitz und "
            "Liberec); Stadtbus Linie 1, Haltestelle Weberstraße.",
            "pl": "10 minut pieszo od dworca Zittau (pociągi z Drezna, Görlitz i "
            "Liberca); autobus miejski linii 1, przystanek Weberstraße.",
            "cs": "10 minut pěšky z nádraží Zittau (vlaky z Drážďan, Görlitz a "
            "Liberce); městský autobus linky 1, zastávka Weberstraße.",
            "en": "10 minutes' walk from Zittau station (trains from Dresden, Görlitz "
            "and Liberec); town bus line 1, stop Weberstraße.",
        },
    },
    "hszg-zittau": {
        "name": "Hochschule Zittau/Görlitz – Campus Zittau",
        "street": "Theodor-Körner-Allee 16",
        "postcode": "02763",
        "town": "Zittau",
        "country": "DE",
        "coordinates": ("50.891600", "14.807900"),
        "step_free": True,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Haupteingang mit Rampe, Aufzug im Hörsaalgebäude; Labore im "
            "Erdgeschoss.",
            "pl": "Główne wejście z rampą, winda w budynku wykładowym; laboratoria na "
            "parterze.",
            "cs": "Hlavní vchod s rampou, výtah v budově poslucháren; laboratoře v "
            "přízemí.",
            "en": "Main entrance with ramp, lift in the lecture building; labs on the "
            "ground floor.",
        },
        "transport_hint": {
            "de": "Vom Bahnhof Zittau 15 Minuten zu Fuß Richtung Süden oder Stadtbus "
            "Linie 2, Haltestelle Hochschule.",
            "pl": "Z dworca Zittau 15 minut pieszo na południe lub autobus miejski linii "
            "2, przystanek Hochschule.",
            "cs": "Z nádraží Zittau 15 minut pěšky směrem na jih nebo městský autobus "
            "linky 2, zastávka Hochschule.",
            "en": "15 minutes' walk south from Zittau station, or town bus line 2, stop "
            "Hochschule.",
        },
    },
    "hszg-goerlitz": {
        "name": "Hochschule Zittau/Görlitz – Campus Görlitz",
        "street": "Brückenstraße 1",
        "postcode": "02826",
        "town": "Görlitz",
        "country": "DE",
        "coordinates": ("51.148200", "14.981900"),
        "step_free": True,
        "hearing_loop": True,
        "accessibility_notes": {
            "de": "Stufenloser Zugang über den Hof, Aufzug, Induktionsschleife im "
            "Hörsaal G 1.01.",
            "pl": "Wejście bez stopni od strony dziedzińca, winda, pętla indukcyjna w "
            "sali G 1.01.",
            "cs": "Bezbariérový přístup ze dvora, výtah, indukční smyčka v posluchárně "
            "G 1.01.",
            "en": "Step-free access through the courtyard, lift, hearing loop in lecture "
            "hall G 1.01.",
        },
        "transport_hint": {
            "de": "5 Minuten zu Fuß vom Bahnhof Görlitz; Straßenbahn 2 und 3, "
            "Haltestelle Bahnhof/Südausgang.",
            "pl": "5 minut pieszo od dworca Görlitz; tramwaj 2 i 3, przystanek "
            "Bahnhof/Südausgang.",
            "cs": "5 minut pěšky od nádraží Görlitz; tramvaj 2 a 3, zastávka "
            "Bahnhof/Südausgang.",
            "en": "5 minutes' walk from Görlitz station; tram 2 or 3, stop "
            "Bahnhof/Südausgang.",
        },
    },
    "makerspace": {
        "name": "Makerspace Görlitz",
        "street": "Jakobstraße 5a",
        "postcode": "02826",
        "town": "Görlitz",
        "country": "DE",
        "coordinates": ("51.151900", "14.984100"),
        "step_free": False,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Werkstatt im Hochparterre, fünf Stufen ohne Rampe. Sprechen Sie uns "
            "an – wir verlegen Kurse bei Bedarf in einen stufenlosen Raum.",
            "pl": "Pracownia na wysokim parterze, pięć stopni bez rampy. Daj nam znać – "
            "w razie potrzeby przeniesiemy zajęcia do sali bez barier.",
            "cs": "Dílna ve zvýšeném přízemí, pět schodů bez rampy. Ozvěte se nám – v "
            "případě potřeby kurz přesuneme do bezbariérové místnosti.",
            "en": "Workshop on the raised ground floor, five steps with no ramp. Let us "
            "know – we can move a course to a step-free room.",
        },
        "transport_hint": {
            "de": "Straßenbahn 1 oder 2 bis Demianiplatz, dann 4 Minuten zu Fuß.",
            "pl": "Tramwajem 1 lub 2 do przystanku Demianiplatz, potem 4 minuty "
            "pieszo.",
            "cs": "Tramvají 1 nebo 2 na zastávku Demianiplatz, pak 4 minuty pěšky.",
            "en": "Tram 1 or 2 to Demianiplatz, then 4 minutes on foot.",
        },
    },
    "bibliothek-zittau": {
        "name": "Christian-Weise-Bibliothek",
        "street": "Lessingstraße 1",
        "postcode": "02763",
        "town": "Zittau",
        "country": "DE",
        "coordinates": ("50.898500", "14.804700"),
        "step_free": True,
        "hearing_loop": True,
        "accessibility_notes": {
            "de": "Eingang ebenerdig, Aufzug, Induktionsschleife an der Theke und im "
            "Veranstaltungsraum.",
            "pl": "Wejście na poziomie chodnika, winda, pętla indukcyjna przy ladzie i "
            "w sali spotkań.",
            "cs": "Vstup v úrovni chodníku, výtah, indukční smyčka u pultu a v sále.",
            "en": "Level entrance, lift, hearing loop at the desk and in the event room.",
        },
        "transport_hint": {
            "de": "5 Minuten zu Fuß vom Markt; Stadtbus Linie 1 und 3, Haltestelle "
            "Haberkornplatz.",
            "pl": "5 minut pieszo od rynku; autobus miejski linii 1 i 3, przystanek "
            "Haberkornplatz.",
            "cs": "5 minut pěšky od náměstí; městský autobus linek 1 a 3, zastávka "
            "Haberkornplatz.",
            "en": "5 minutes' walk from the market square; town bus 1 or 3, stop "
            "Haberkornplatz.",
        },
    },
    "loebau": {
        "name": "Volkshochschule – Lernort Löbau",
        "street": "Bahnhofstraße 18",
        "postcode": "02708",
        "town": "Löbau",
        "country": "DE",
        "coordinates": ("51.097500", "14.675000"),
        "step_free": False,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Kursräume im 1. Obergeschoss, kein Aufzug.",
            "pl": "Sale na pierwszym piętrze, brak windy.",
            "cs": "Učebny v prvním patře, bez výtahu.",
            "en": "Course rooms on the first floor, no lift.",
        },
        "transport_hint": {
            "de": "Gegenüber dem Bahnhof Löbau (RE Dresden–Görlitz, stündlich).",
            "pl": "Naprzeciwko dworca Löbau (RE Drezno–Görlitz, co godzinę).",
            "cs": "Naproti nádraží Löbau (RE Drážďany–Görlitz, každou hodinu).",
            "en": "Opposite Löbau station (hourly RE trains Dresden–Görlitz).",
        },
    },
    "sternwarte-bautzen": {
        "name": "Schul- und Volkssternwarte Bautzen",
        "street": "Czornebohstraße 82",
        "postcode": "02625",
        "town": "Bautzen",
        "country": "DE",
        "coordinates": ("51.175500", "14.444000"),
        "step_free": False,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Planetarium stufenlos, die Beobachtungskuppel nur über eine steile "
            "Treppe erreichbar.",
            "pl": "Planetarium bez stopni, kopuła obserwacyjna dostępna tylko po "
            "stromych schodach.",
            "cs": "Planetárium bez schodů, pozorovací kopule jen po strmém schodišti.",
            "en": "Planetarium step-free; the observation dome only by a steep "
            "staircase.",
        },
        "transport_hint": {
            "de": "Stadtbus Linie C bis Sternwarte; abends Parkplätze am Haus. "
            "Taschenlampe mit Rotlicht mitbringen.",
            "pl": "Autobus miejski linii C do przystanku Sternwarte; wieczorem parking "
            "przy budynku. Zabierz latarkę z czerwonym światłem.",
            "cs": "Městský autobus linky C na zastávku Sternwarte; večer parkování u "
            "budovy. Vezměte si baterku s červeným světlem.",
            "en": "Town bus C to Sternwarte; parking at the building in the evening. "
            "Bring a torch with a red light.",
        },
    },
    "mdk-zgorzelec": {
        "name": "Miejski Dom Kultury",
        "street": "ul. Parkowa 1",
        "postcode": "59-900",
        "town": "Zgorzelec",
        "country": "PL",
        "coordinates": ("51.152000", "15.002000"),
        "step_free": True,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Stufenloser Seiteneingang (Klingel), Aufzug zum Saal.",
            "pl": "Boczne wejście bez stopni (dzwonek), winda do sali.",
            "cs": "Bezbariérový boční vchod (zvonek), výtah do sálu.",
            "en": "Step-free side entrance (ring the bell), lift to the hall.",
        },
        "transport_hint": {
            "de": "Von der Görlitzer Altstadt über die Altstadtbrücke 8 Minuten zu Fuß; "
            "Bahnhof Zgorzelec 15 Minuten.",
            "pl": "Ze starówki Görlitz przez Most Staromiejski 8 minut pieszo; dworzec "
            "Zgorzelec 15 minut.",
            "cs": "Ze starého města Görlitz přes Staroměstský most 8 minut pěšky; "
            "nádraží Zgorzelec 15 minut.",
            "en": "8 minutes on foot from Görlitz old town across the Old Town Bridge; "
            "15 minutes from Zgorzelec station.",
        },
    },
    "bok-bogatynia": {
        "name": "Bogatyński Ośrodek Kultury",
        "street": "ul. Pocztowa 1",
        "postcode": "59-920",
        "town": "Bogatynia",
        "country": "PL",
        "coordinates": ("50.906500", "14.956900"),
        "step_free": True,
        "hearing_loop": True,
        "accessibility_notes": {
            "de": "Rampe am Haupteingang, barrierefreies WC, Induktionsschleife im "
            "Kinosaal.",
            "pl": "Rampa przy głównym wejściu, toaleta dostępna, pętla indukcyjna w "
            "sali kinowej.",
            "cs": "Rampa u hlavního vchodu, bezbariérové WC, indukční smyčka v kinosále.",
            "en": "Ramp at the main entrance, accessible toilet, hearing loop in the "
            "cinema hall.",
        },
        "transport_hint": {
            "de": "Bus ab Zittau (Linie 25) oder Zgorzelec bis Bogatynia Centrum, dann "
            "3 Minuten zu Fuß.",
            "pl": "Autobus z Żytawy (linia 25) lub ze Zgorzelca do przystanku Bogatynia "
            "Centrum, potem 3 minuty pieszo.",
            "cs": "Autobus ze Žitavy (linka 25) nebo ze Zgorzelce na zastávku Bogatynia "
            "Centrum, pak 3 minuty pěšky.",
            "en": "Bus from Zittau (line 25) or Zgorzelec to Bogatynia Centrum, then 3 "
            "minutes on foot.",
        },
    },
    "luban": {
        "name": "Centrum Edukacji Technicznej",
        "street": "ul. Tkacka 8",
        "postcode": "59-800",
        "town": "Lubań",
        "country": "PL",
        "coordinates": ("51.118200", "15.288700"),
        "step_free": True,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Alle Werkstätten im Erdgeschoss, breite Türen.",
            "pl": "Wszystkie pracownie na parterze, szerokie drzwi.",
            "cs": "Všechny dílny v přízemí, široké dveře.",
            "en": "All workshops on the ground floor, wide doors.",
        },
        "transport_hint": {
            "de": "10 Minuten zu Fuß vom Bahnhof Lubań Śląski (Züge aus Görlitz und "
            "Jelenia Góra).",
            "pl": "10 minut pieszo od dworca Lubań Śląski (pociągi z Görlitz i Jeleniej "
            "Góry).",
            "cs": "10 minut pěšky od nádraží Lubań Śląski (vlaky z Görlitz a Jelení "
            "Hory).",
            "en": "10 minutes' walk from Lubań Śląski station (trains from Görlitz and "
            "Jelenia Góra).",
        },
    },
    "tul": {
        "name": "Technická univerzita v Liberci",
        "street": "Studentská 1402/2",
        "postcode": "461 17",
        "town": "Liberec",
        "country": "CZ",
        "coordinates": ("50.771300", "15.073800"),
        "step_free": True,
        "hearing_loop": True,
        "accessibility_notes": {
            "de": "Gebäude G stufenlos mit Aufzug; Induktionsschleife in der Aula.",
            "pl": "Budynek G bez barier, z windą; pętla indukcyjna w auli.",
            "cs": "Budova G bezbariérová s výtahem; indukční smyčka v aule.",
            "en": "Building G step-free with lift; hearing loop in the assembly hall.",
        },
        "transport_hint": {
            "de": "Straßenbahn 3 oder Bus 12 bis Univerzita; vom Bahnhof Liberec 15 "
            "Minuten zu Fuß.",
            "pl": "Tramwaj 3 lub autobus 12 do przystanku Univerzita; z dworca Liberec "
            "15 minut pieszo.",
            "cs": "Tramvají 3 nebo autobusem 12 na zastávku Univerzita; z nádraží "
            "Liberec 15 minut pěšky.",
            "en": "Tram 3 or bus 12 to Univerzita; 15 minutes' walk from Liberec station.",
        },
    },
    "knihovna-liberec": {
        "name": "Krajská vědecká knihovna v Liberci",
        "street": "Rumjancevova 1362/1",
        "postcode": "460 01",
        "town": "Liberec",
        "country": "CZ",
        "coordinates": ("50.769700", "15.057000"),
        "step_free": True,
        "hearing_loop": True,
        "accessibility_notes": {
            "de": "Stufenloser Eingang, Aufzüge, Induktionsschleife in allen Sälen.",
            "pl": "Wejście bez stopni, windy, pętla indukcyjna we wszystkich salach.",
            "cs": "Bezbariérový vstup, výtahy, indukční smyčka ve všech sálech.",
            "en": "Step-free entrance, lifts, hearing loops in every hall.",
        },
        "transport_hint": {
            "de": "Straßenbahn 2 oder 3 bis Rybníček, dann 3 Minuten zu Fuß.",
            "pl": "Tramwajem 2 lub 3 do przystanku Rybníček, potem 3 minuty pieszo.",
            "cs": "Tramvají 2 nebo 3 na zastávku Rybníček, pak 3 minuty pěšky.",
            "en": "Tram 2 or 3 to Rybníček, then 3 minutes on foot.",
        },
    },
    "hradek": {
        "name": "Kulturní dům Hrádek nad Nisou",
        "street": "Horní náměstí 73",
        "postcode": "463 34",
        "town": "Hrádek nad Nisou",
        "country": "CZ",
        "coordinates": ("50.852800", "14.844900"),
        "step_free": False,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Saal im Obergeschoss, Treppe mit Handlauf; kein Aufzug.",
            "pl": "Sala na piętrze, schody z poręczą; brak windy.",
            "cs": "Sál v patře, schodiště se zábradlím; bez výtahu.",
            "en": "Hall upstairs, stairs with handrail; no lift.",
        },
        "transport_hint": {
            "de": "Zug Liberec–Zittau bis Hrádek nad Nisou, dann 7 Minuten zu Fuß zum "
            "Oberen Markt.",
            "pl": "Pociągiem Liberec–Zittau do Hrádka nad Nisou, potem 7 minut pieszo "
            "na Górny Rynek.",
            "cs": "Vlakem Liberec–Zittau do Hrádku nad Nisou, pak 7 minut pěšky na Horní "
            "náměstí.",
            "en": "Liberec–Zittau train to Hrádek nad Nisou, then 7 minutes' walk to the "
            "upper square.",
        },
    },
    "ddm-varnsdorf": {
        "name": "Dům dětí a mládeže Varnsdorf",
        "street": "Otáhalova 1254",
        "postcode": "407 47",
        "town": "Varnsdorf",
        "country": "CZ",
        "coordinates": ("50.912000", "14.618000"),
        "step_free": True,
        "hearing_loop": False,
        "accessibility_notes": {
            "de": "Ebenerdiger Eingang, Kursräume im Erdgeschoss.",
            "pl": "Wejście na poziomie terenu, sale na parterze.",
            "cs": "Vstup v úrovni terénu, učebny v přízemí.",
            "en": "Level entrance, course rooms on the ground floor.",
        },
        "transport_hint": {
            "de": "Bahnhof Varnsdorf (Züge aus Zittau und Seifhennersdorf), dann 10 "
            "Minuten zu Fuß.",
            "pl": "Dworzec Varnsdorf (pociągi z Żytawy i Seifhennersdorfu), potem 10 "
            "minut pieszo.",
            "cs": "Nádraží Varnsdorf (vlaky ze Žitavy a Seifhennersdorfu), pak 10 minut "
            "pěšky.",
            "en": "Varnsdorf station (trains from Zittau and Seifhennersdorf), then 10 "
            "minutes on foot.",
        },
    },
}

DEMO_PASSWORD = "demo-password"

# One account per role (what a role may do: load_demo_data's ROLES; no role: an
# ordinary account); children are (first name, last name, age in years).
ACCOUNTS = [
    {
        "email": "coordinator@example.org",
        "first_name": "Katrin",
        "last_name": "Wagner",
        "language": "de",
        "role": "coordinator",
    },
    {
        "email": "instructor@example.org",
        "first_name": "Tomasz",
        "last_name": "Nowak",
        "language": "pl",
        "role": "instructor",
    },
    {
        "email": "parent@example.org",
        "first_name": "Jana",
        "last_name": "Dvořáková",
        "language": "cs",
        "children": [("Ema", "Dvořáková", 7), ("Jakub", "Dvořák", 11)],
    },
    {
        "email": "teacher@example.org",
        "first_name": "Michael",
        "last_name": "Schulze",
        "language": "de",
    },
    {
        "email": "learner@example.org",
        "first_name": "Łucja",
        "last_name": "Kowalska",
        "language": "pl",
        "self_age": 34,
    },
    {
        "email": "admin@example.org",
        "first_name": "Stefan",
        "last_name": "Richter",
        "language": "de",
        "role": "superuser",
    },
]

# Registrations for the role accounts, so their pages are not empty:
# (account e-mail, participant first name, course slug).
ACCOUNT_REGISTRATIONS = [
    ("parent@example.org", "Ema", "lego-roboter-grundschule"),
    ("parent@example.org", "Jakub", "robotik-ag-arduino"),
    ("learner@example.org", "Łucja", "python-fuer-erwachsene"),
]

# Courses the demo accounts have finished: a run that ended two days ago, with
# attendance, so that certificates are issued (learning outcomes per language).
FINISHED_RUNS = [
    ("learner@example.org", "Łucja", "python-fuer-erwachsene"),
    ("parent@example.org", "Ema", "lego-roboter-grundschule"),
]
FINISHED_COURSES = {
    "python-fuer-erwachsene": {
        "de": [
            "Programme in Python schreiben, ausführen und Fehler finden",
            "Daten aus Tabellen einlesen, auswerten und darstellen",
            "Wiederkehrende Büroaufgaben automatisieren",
        ],
        "pl": [
            "Pisanie, uruchamianie i debugowanie programów w Pythonie",
            "Wczytywanie, analiza i prezentacja danych z tabel",
            "Automatyzacja powtarzalnych zadań biurowych",
        ],
        "cs": [
            "Psaní, spouštění a ladění programů v Pythonu",
            "Načítání, vyhodnocování a zobrazování dat z tabulek",
            "Automatizace opakujících se kancelářských úloh",
        ],
        "en": [
            "Writing, running and debugging Python programs",
            "Reading, analysing and presenting data from spreadsheets",
            "Automating recurring office tasks",
        ],
    },
    "lego-roboter-grundschule": {
        "de": [
            "Einen Roboter bauen",
            "Ihn mit Bausteinen programmieren",
            "Im Team tüfteln",
        ],
        "pl": [
            "Budowa robota",
            "Programowanie go blokami",
            "Wspólne majsterkowanie w zespole",
        ],
        "cs": ["Postavit robota", "Naprogramovat ho pomocí bloků", "Bádat v týmu"],
        "en": ["Building a robot", "Programming it with blocks", "Tinkering as a team"],
    },
}

# Demo families who fill some events: (first name, last name, language, age,
# children as (first name, last name, age)). Their accounts cannot sign in; the account
# holder takes part too (adult courses).
DEMO_FAMILIES = [
    ("Anke", "Richter", "de", 41, [("Lena", "Richter", 9), ("Paul", "Richter", 12)]),
    (
        "Stefan",
        "Hoffmann",
        "de",
        38,
        [("Mia", "Hoffmann", 7), ("Finn", "Hoffmann", 10)],
    ),
    (
        "Agnieszka",
        "Wiśniewska",
        "pl",
        36,
        [("Zuzanna", "Wiśniewska", 8), ("Antoni", "Wiśniewski", 11)],
    ),
    ("Petr", "Novák", "cs", 44, [("Tereza", "Nováková", 13), ("Vojtěch", "Novák", 9)]),
    (
        "Sabine",
        "Krause",
        "de",
        35,
        [("Emil", "Krause", 6), ("Clara", "Krause", 8), ("Jonas", "Krause", 4)],
    ),
    (
        "Marcin",
        "Zieliński",
        "pl",
        42,
        [("Maja", "Zielińska", 10), ("Jakub", "Zieliński", 14)],
    ),
    (
        "Lucie",
        "Svobodová",
        "cs",
        39,
        [("Adéla", "Svobodová", 7), ("Matěj", "Svoboda", 12)],
    ),
    (
        "Thomas",
        "Lehmann",
        "de",
        47,
        [("Sophie", "Lehmann", 15), ("Leon", "Lehmann", 13)],
    ),
    (
        "Katarzyna",
        "Lewandowska",
        "pl",
        33,
        [("Hanna", "Lewandowska", 5), ("Igor", "Lewandowski", 9)],
    ),
    (
        "Martin",
        "Procházka",
        "cs",
        40,
        [("Eliška", "Procházková", 11), ("Ondřej", "Procházka", 8)],
    ),
    (
        "Claudia",
        "Schmidt",
        "de",
        45,
        [("Luisa", "Schmidt", 16), ("Ben", "Schmidt", 11)],
    ),
    ("Paweł", "Wójcik", "pl", 37, [("Lena", "Wójcik", 7), ("Szymon", "Wójcik", 10)]),
    ("Kateřina", "Černá", "cs", 34, [("Viktorie", "Černá", 6), ("Tomáš", "Černý", 9)]),
    (
        "Andreas",
        "Fischer",
        "de",
        43,
        [("Marie", "Fischer", 12), ("Felix", "Fischer", 14)],
    ),
    (
        "Monika",
        "Kamińska",
        "pl",
        38,
        [("Julia", "Kamińska", 13), ("Franciszek", "Kamiński", 8)],
    ),
    ("Jiří", "Veselý", "cs", 46, [("Barbora", "Veselá", 15), ("David", "Veselý", 10)]),
    ("Ines", "Neumann", "de", 31, [("Ida", "Neumann", 4), ("Oskar", "Neumann", 7)]),
    ("Renate", "Winkler", "de", 67, []),
    ("Zdeněk", "Horák", "cs", 71, []),
    ("Halina", "Mazur", "pl", 64, []),
    ("Gerd", "Schubert", "de", 62, []),
    ("Jan", "Kubiak", "pl", 24, []),
    ("Lukas", "Bauer", "de", 19, []),
    ("Veronika", "Pokorná", "cs", 28, []),
]

TEACHER_EMAIL = "teacher@example.org"
INSTRUCTOR_EMAIL = "instructor@example.org"
TEACHER_SCHOOLS = [
    {
        "name": "Oberschule Zittau „Am Burgteich“",
        "school_type": "secondary",
        "street": "Burgteichstraße 4",
        "postcode": "02763",
        "town": "Zittau",
        "country": "DE",
    },
    {
        "name": "Szkoła Podstawowa nr 2 w Bogatyni",
        "school_type": "primary",
        "street": "ul. Waryńskiego 1",
        "postcode": "59-920",
        "town": "Bogatynia",
        "country": "PL",
        "school_number": "SP2-BOG",
    },
]

# What every class-visit programme asks a class to prepare.
CLASS_VISIT_PREPARATION = {
    "de": (
        "Bitte kommen Sie 10 Minuten vor Beginn an, damit die Klasse Jacken und "
        "Taschen ablegen kann. Die Schülerinnen und Schüler brauchen Stifte und "
        "festes Schuhwerk; Essen und Trinken bitte nur in den Pausen."
    ),
    "pl": (
        "Prosimy o przybycie 10 minut przed rozpoczęciem, aby klasa mogła zostawić "
        "kurtki i plecaki. Uczniowie potrzebują długopisów i wygodnego obuwia; "
        "jedzenie i picie tylko w przerwach."
    ),
    "cs": (
        "Přijďte prosím 10 minut před začátkem, aby si třída mohla odložit bundy a "
        "tašky. Žáci potřebují psací potřeby a pevnou obuv; jídlo a pití jen o "
        "přestávkách."
    ),
    "en": (
        "Please arrive 10 minutes before the start so the class can leave coats and "
        "bags. Pupils need pens and sturdy shoes; food and drinks only during breaks."
    ),
}
