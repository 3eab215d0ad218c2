#!/usr/bin/env python3
"""Deterministic generator for the synthetic news-claims benchmark corpus.

Writes articles.jsonl (one {"id","published","text"} object per line) next to
this script. Standard library only; fixed seed, so output is byte-identical
across runs and machines (no set/dict-order or hash dependence).

Usage:  python3 generate.py [--out PATH] [--count N] [--seed S]
"""
import argparse
import datetime as dt
import json
import os
import random
import re

SEED = 20240611
DEFAULT_COUNT = 520
MIN_TOTAL_BYTES = 1_150_000

# --------------------------------------------------------------------------
# Vocabulary (all invented people/organisations; real places for realism)
# --------------------------------------------------------------------------

FIRST_M = ["José", "Nicolás", "Łukasz", "Tomás", "Jürgen", "Søren", "Émile", "Andrés",
           "Kwame", "Tunde", "Rafael", "Mehmet", "Arjun", "Dariusz", "Mateus", "Hüseyin",
           "Björn", "François", "Joaquín", "Oluwaseun", "Kenji", "Dmitri", "Caoimhín",
           "Ravi", "Ibrahim", "Wanjohi", "Thiago", "Marek", "Ángel", "Henrik", "Grégoire",
           "Samuel", "Paulo", "Anders", "Ethan", "Chidi", "Ondřej", "Iñigo", "Duc", "Omar"]
FIRST_F = ["Zoë", "Ana-María", "Ana", "Inés", "Małgorzata", "Chloé", "Agnieszka", "Amara",
           "Wanjiru", "Sofía", "Hélène", "Ingrid", "Nkechi", "Priya", "Lucía", "Maëlle",
           "Aoife", "Kateřina", "Yasmin", "Fatoumata", "Renée", "Astrid", "Thandiwe",
           "Beatriz", "Leila", "Gülşen", "Noémie", "Carmen", "Elżbieta", "Mariana",
           "Akosua", "Siobhán", "Ewa", "Linh", "Hannah", "Greta", "Adaeze", "Rosário"]
SURNAMES = ["Núñez", "Brandt-Øster", "Kowalczyk", "Souza", "Achieng", "Müller-Haas",
            "Okonkwo", "Fernández", "Lindqvist", "Dubois", "Papadakis", "Ferreira",
            "Wiśniewski", "Mensah", "Yılmaz", "Castañeda", "Ndiaye", "O’Connell",
            "Van der Berg", "Nakamura", "Haddad", "Gómez-Ruiz", "Novák", "Boateng",
            "Rasmussen", "Petrović", "Adeyemi", "Álvarez", "Håkansson", "Szabó",
            "Moreau", "Ramírez", "Kariuki", "Østergaard", "Quispe", "Nguyễn", "Zieliński",
            "Appiah", "Delacroix", "Iwu", "Sørensen", "Chávez", "Dąbrowska", "Mwangi",
            "Ashworth-Reid", "Vasquez", "Lefèvre", "Oyelaran", "Bianchi", "Ó Briain",
            "Taketomi", "Rahman", "Sánchez-Vidal", "Marchetti", "Hoffmann", "Eklund"]

COUNTRIES = [
    # name, demonym, capital, cities, currency word, symbol, central bank, stats office
    ("Kenya", "Kenyan", "NAIROBI", ["Mombasa", "Kisumu", "Nakuru", "Eldoret"], "shillings", None,
     "Central Bank of Kenya (CBK)", "Kenya National Bureau of Statistics (KNBS)"),
    ("Peru", "Peruvian", "LIMA", ["Arequipa", "Cusco", "Trujillo", "Piura"], "soles", None,
     "Central Reserve Bank of Peru (BCRP)", "National Institute of Statistics (INEI)"),
    ("Poland", "Polish", "WARSAW", ["Gdańsk", "Kraków", "Łódź", "Wrocław"], "zlotys", None,
     "National Bank of Poland (NBP)", "Statistics Poland (GUS)"),
    ("Chile", "Chilean", "SANTIAGO", ["Valparaíso", "Concepción", "Antofagasta", "Temuco"], "pesos", None,
     "Central Bank of Chile", "National Statistics Institute (INE)"),
    ("the Philippines", "Filipino", "MANILA", ["Cebu", "Davao", "Iloilo", "Tacloban"], "pesos", None,
     "Bangko Sentral ng Pilipinas (BSP)", "Philippine Statistics Authority (PSA)"),
    ("Ghana", "Ghanaian", "ACCRA", ["Kumasi", "Tamale", "Takoradi", "Cape Coast"], "cedis", None,
     "Bank of Ghana (BoG)", "Ghana Statistical Service (GSS)"),
    ("Germany", "German", "BERLIN", ["Köln", "Düsseldorf", "Leipzig", "Hamburg"], "euros", "€",
     "Bundesbank", "Federal Statistical Office (Destatis)"),
    ("Spain", "Spanish", "MADRID", ["Sevilla", "Valencia", "Málaga", "A Coruña"], "euros", "€",
     "Bank of Spain", "National Statistics Institute (INE)"),
    ("Brazil", "Brazilian", "BRASÍLIA", ["São Paulo", "Belém", "Porto Alegre", "Recife"], "reais", "R$",
     "Central Bank of Brazil", "Brazilian Institute of Geography and Statistics (IBGE)"),
    ("Norway", "Norwegian", "OSLO", ["Tromsø", "Bergen", "Trondheim", "Stavanger"], "crowns", None,
     "Norges Bank", "Statistics Norway (SSB)"),
    ("Turkey", "Turkish", "ANKARA", ["İzmir", "Istanbul", "Gaziantep", "Antalya"], "lira", None,
     "Central Bank of the Republic of Turkey (CBRT)", "Turkish Statistical Institute (TurkStat)"),
    ("Indonesia", "Indonesian", "JAKARTA", ["Surabaya", "Medan", "Makassar", "Bandung"], "rupiah", None,
     "Bank Indonesia (BI)", "Statistics Indonesia (BPS)"),
    ("Mexico", "Mexican", "MEXICO CITY", ["Mérida", "Monterrey", "Guadalajara", "Oaxaca"], "pesos", None,
     "Bank of Mexico (Banxico)", "National Institute of Statistics and Geography (INEGI)"),
    ("Nigeria", "Nigerian", "ABUJA", ["Lagos", "Kano", "Port Harcourt", "Ibadan"], "naira", None,
     "Central Bank of Nigeria (CBN)", "National Bureau of Statistics (NBS)"),
    ("Britain", "British", "LONDON", ["Manchester", "Leeds", "Cardiff", "Glasgow"], "pounds", "£",
     "Bank of England (BoE)", "Office for National Statistics (ONS)"),
    ("the United States", "U.S.", "WASHINGTON", ["Houston", "Phoenix", "Denver", "Atlanta"], "dollars", "$",
     "Federal Reserve", "Bureau of Labor Statistics (BLS)"),
    ("France", "French", "PARIS", ["Lyon", "Marseille", "Toulouse", "Lille"], "euros", "€",
     "Banque de France", "national statistics agency INSEE"),
    ("Colombia", "Colombian", "BOGOTÁ", ["Medellín", "Cali", "Barranquilla", "Cúcuta"], "pesos", None,
     "Bank of the Republic (Banrep)", "National Administrative Department of Statistics (DANE)"),
    ("Vietnam", "Vietnamese", "HANOI", ["Đà Nẵng", "Hải Phòng", "Huế", "Cần Thơ"], "dong", None,
     "State Bank of Vietnam (SBV)", "General Statistics Office (GSO)"),
    ("Canada", "Canadian", "OTTAWA", ["Montréal", "Calgary", "Winnipeg", "Québec City"], "dollars", "C$",
     "Bank of Canada", "Statistics Canada"),
    ("Australia", "Australian", "CANBERRA", ["Brisbane", "Perth", "Adelaide", "Darwin"], "dollars", "A$",
     "Reserve Bank of Australia (RBA)", "Australian Bureau of Statistics (ABS)"),
    ("the Czech Republic", "Czech", "PRAGUE", ["Brno", "Ostrava", "Plzeň", "Olomouc"], "crowns", None,
     "Czech National Bank (CNB)", "Czech Statistical Office (CZSO)"),
    ("Romania", "Romanian", "BUCHAREST", ["Cluj-Napoca", "Iași", "Timișoara", "Constanța"], "lei", None,
     "National Bank of Romania (BNR)", "National Institute of Statistics (INS)"),
    ("Bangladesh", "Bangladeshi", "DHAKA", ["Chittagong", "Sylhet", "Khulna", "Cox’s Bazar"], "taka", None,
     "Bangladesh Bank", "Bangladesh Bureau of Statistics (BBS)"),
    ("Chad", "Chadian", "N’DJAMENA", ["Abéché", "Moundou", "Adré", "Sarh"], "CFA francs", None,
     "Bank of Central African States (BEAC)", "National Institute of Statistics (INSEED)"),
    ("Portugal", "Portuguese", "LISBON", ["Porto", "Coimbra", "Braga", "Faro"], "euros", "€",
     "Bank of Portugal", "National Statistics Institute (INE)"),
]

AGENCIES = ["Meridian Wire", "Northgate Press", "Coastline News Service", "Pacifica Newswire",
            "Harbourline Reuters-style Desk", "Continental Press Agency", "Tidewater News",
            "Lantern Wire", "Eastbound Newswire", "Keystone Media"]
AGENCIES[4] = "Harbourline Newswire"

MINISTRIES = ["Ministry of Water Resources", "Ministry of Health", "Ministry of Finance",
              "Ministry of Energy and Mines", "Ministry of the Interior", "Ministry of Labour",
              "Ministry of Transport", "Ministry of Agriculture and Food Security",
              "Ministry of Public Health and Prevention", "Ministry of Digital Affairs",
              "Ministry of Humanitarian Affairs", "Ministry of Justice"]
AGENCY_ORGS = ["National Disaster Management Agency (NDMA)", "National Statistics Bureau (NSB)",
               "Civil Protection Service", "National Electoral Commission (NEC)",
               "Energy Regulatory Authority (ERA)", "Competition and Markets Board",
               "National Institute of Public Health (NIPH)", "Meteorological Service",
               "Office of the Director of Public Prosecutions (DPP)", "National Refugee Commission",
               "Financial Conduct Authority (FCA)", "Geological Survey"]
CO_A = ["Kestrel", "Harrow", "Bluefin", "Solvane", "Ortega", "Halvard", "Quillon", "Tamsin",
        "Ardent", "Vireo", "Caldera", "Norrland", "Ashgrove", "Pellucid", "Marlowe", "Zenthos",
        "Brightwater", "Obsidian", "Larkspur", "Corvina"]
CO_B = ["Mining", "Energy", "Logistics", "Systems", "Holdings", "Telecom", "Foods", "Motors",
        "Analytics", "Pharma", "Freight", "Cloud", "Robotics", "Semiconductors", "Retail"]
CO_C = ["Ltd", "Inc.", "S.A.", "AG", "Group", "plc", "Corp.", "Ltd."]
TECH_CO = ["Zenthos Cloud Inc.", "Pellucid Analytics", "Corvina Robotics Corp.", "Larkspur Labs",
           "Brightwater Semiconductors", "Quillon Software Group", "Marlowe Digital Inc.",
           "Vireo Networks", "Obsidian Payments Ltd", "Ashgrove AI"]
INTL = ["the World Food Programme (WFP)", "the U.N. refugee agency (UNHCR)", "the International Monetary Fund (IMF)",
        "the World Health Organization (WHO)", "the International Organization for Migration (IOM)",
        "the World Bank", "the Red Cross", "Médecins Sans Frontières (MSF)", "UNICEF",
        "the European Union"]
CLUB_A = ["Northbridge", "Halden", "Vale", "Carrow", "Easterby", "Port Alvor", "Santa Inés",
          "Rosenholm", "Kirkwall", "Dunmore", "Valverde", "Ostrava Lokomotiv"]
CLUB_B = ["Athletic", "Rovers", "United", "City", "Harriers", "Wanderers", "FC", "Albion"]
PARTIES = ["Democratic Renewal Party", "National Unity Alliance", "Green Left", "People’s Progress Movement",
           "Liberal Forum", "Social Democratic Union", "Civic Platform for Change", "Workers’ Front",
           "Conservative Union", "New Centre"]
ROLES_BYLINE = ["Health Correspondent", "Economics Editor", "Courts Correspondent", "Staff Writer",
                "Political Reporter", "Africa Correspondent", "Energy Reporter", "Sports Desk",
                "Technology Reporter", "Senior Correspondent", "Data Journalist", "Migration Reporter"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
             "Oct.", "Nov.", "Dec."]
ORD = ["first", "second", "third", "fourth"]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


# --------------------------------------------------------------------------
# Article context and slot rendering
# --------------------------------------------------------------------------

class Ctx:
    def __init__(self, rng, domain, published):
        self.rng = rng
        self.domain = domain
        self.pub = published
        c = rng.choice(COUNTRIES)
        (self.country, self.dem, self.capital, self.cities, self.curword, self.cursym,
         self.cbank, self.stats) = c
        self.city = rng.choice(self.cities)
        self.city2 = rng.choice([x for x in self.cities if x != self.city])
        self.agency = rng.choice(AGENCIES)
        self.people = []
        used = []
        for _ in range(6):
            while True:
                female = rng.random() < 0.5
                first = rng.choice(FIRST_F if female else FIRST_M)
                last = rng.choice(SURNAMES)
                if rng.random() < 0.12:
                    last = last.split("-")[0] + "-" + rng.choice(SURNAMES).split("-")[0]
                if last not in used:
                    used.append(last)
                    break
            self.people.append((first, last, female))
        self.mentioned = [False] * 6
        self.honorific = rng.random() < 0.25
        self.ministry = rng.choice(MINISTRIES)
        self.org = rng.choice(AGENCY_ORGS)
        self.co = "%s %s %s" % (rng.choice(CO_A), rng.choice(CO_B), rng.choice(CO_C))
        self.tech = rng.choice(TECH_CO)
        self.intl = rng.choice(INTL)
        a, b = rng.sample(CLUB_A, 2)
        self.club1 = a + " " + rng.choice(CLUB_B)
        self.club2 = b + " " + rng.choice(CLUB_B)
        self.party1, self.party2, self.party3 = rng.sample(PARTIES, 3)
        self.curly_quotes = rng.random() < 0.6
        self.curly_apos = rng.random() < 0.55
        self.em = rng.random() < 0.6
        self.pct_style = rng.choice(["%", "%", " percent", " per cent"])
        self.money_style = rng.choice(["long", "short"])
        self.usd_intl = rng.random() < 0.4
        self.hazard = rng.choice(["earthquake", "floods", "wildfire", "typhoon", "landslide"])
        self.nbsp = rng.random() < 0.3
        self.quote_pool = []
        self.fee = None
        self.score = "%d-%d" % (rng.randint(1, 4), rng.randint(0, 1))
        self.hazard_np = {"earthquake": "a powerful earthquake", "floods": "severe flooding",
                          "wildfire": "a fast-moving wildfire", "typhoon": "a typhoon",
                          "landslide": "a landslide"}[self.hazard]
        # domain-appropriate ministry / agency / intl body
        self.ministry = rng.choice(DOMAIN_MIN.get(domain, MINISTRIES))
        self.org = rng.choice(DOMAIN_ORG.get(domain, AGENCY_ORGS))
        self.intl = rng.choice(DOMAIN_INTL.get(domain, INTL))
        self.isym = "$" if rng.random() < 0.7 else rng.choice(["US$", "€", "£"])

    # ---- people
    def person(self, i, mode=""):
        first, last, female = self.people[i]
        if mode == "l":
            return last
        if mode == "s" or (self.mentioned[i] and mode != "f"):
            if self.honorific:
                return ("Ms. " if female else "Mr. ") + last
            return last
        self.mentioned[i] = True
        return first + " " + last

    # ---- numbers
    def pct(self, lo=0.5, hi=15.0, dec=None):
        r = self.rng
        v = r.uniform(lo, hi)
        if dec is None:
            dec = 1 if r.random() < 0.7 else 0
        s = ("%." + str(dec) + "f") % v
        if s.endswith(".0") and r.random() < 0.5:
            s = s[:-2]
        return s + self.pct_style

    def comma(self, n):
        return "{:,}".format(n)

    def count(self, noun, scale="m"):
        """Approximate/hedged counts in many written forms, with noun."""
        r = self.rng
        base = {"s": (3, 90), "m": (40, 4000), "l": (2000, 90000), "xl": (50000, 2500000)}[scale]
        n = r.randint(*base)
        if n > 1000:
            n = round(n, -2)
        elif n > 100:
            n = round(n, -1)
        c = self.comma(n)
        forms = [
            "more than %s %s" % (c, noun), "nearly %s %s" % (c, noun), "about %s %s" % (c, noun),
            "at least %s %s" % (c, noun), "some %s %s" % (c, noun), "an estimated %s %s" % (c, noun),
            "up to %s %s" % (c, noun), "roughly %s %s" % (c, noun), "%s %s" % (c, noun),
            "almost %s %s" % (c, noun), "fewer than %s %s" % (c, noun), "over %s %s" % (c, noun),
        ]
        if scale == "s":
            lo = r.randint(3, 20)
            forms += ["%s %s" % (words(n), noun), "two dozen %s" % noun, "dozens of %s" % noun,
                      "between %d and %d %s" % (lo, lo + r.choice([2, 5, 10]), noun),
                      "%d-%d %s" % (lo, lo + r.choice([3, 5]), noun), "a handful of %s" % noun,
                      "%d to %d %s" % (lo, lo + 5, noun), "at least %s %s" % (words(n), noun)]
        elif scale == "m":
            forms += ["hundreds of %s" % noun, "several hundred %s" % noun, "three dozen %s" % noun,
                      "more than a thousand %s" % noun, "between %d and %d %s" % (n, n + 100, noun)]
        elif scale == "l":
            forms += ["tens of thousands of %s" % noun, "thousands of %s" % noun,
                      "more than %d,000 %s" % (n // 1000 or 2, noun)]
        else:
            m = r.choice(["1.2", "1.5", "2.3", "3", "4.8", "2"])
            forms += ["half a million %s" % noun, "%s million %s" % (m, noun),
                      "nearly %s million %s" % (m, noun), "hundreds of thousands of %s" % noun,
                      "an estimated %s million %s" % (m, noun)]
        return r.choice(forms)

    def money(self, scale="m", intl=False):
        r = self.rng
        sym = self.cursym
        if intl or (sym is None and self.usd_intl):
            sym = self.isym
        if scale == "s":
            v = r.choice([r.randint(2, 95), round(r.uniform(1, 99), 1)])
            unit_l, unit_s = "million", "m"
        elif scale == "m":
            v = r.choice([r.randint(100, 950), round(r.uniform(10, 99), 1)])
            unit_l, unit_s = "million", "m"
        else:
            v = round(r.uniform(1, 40), r.choice([0, 1, 1, 2]))
            if v == int(v):
                v = int(v)
            unit_l, unit_s = "billion", "bn"
        if sym is None:
            return "%s %s %s" % (v, unit_l, self.curword)
        if self.money_style == "short" and r.random() < 0.8:
            return "%s%s%s" % (sym, v, unit_s)
        return "%s%s %s" % (sym, v, unit_l)

    def smallmoney(self):
        r = self.rng
        sym = self.cursym or "$"
        return "%s%s" % (sym, r.choice(["1.20", "4.75", "12", "85", "250", "1,400", "3,500", "19.99"]))

    # ---- dates
    def when(self, kind=None):
        r = self.rng
        y = self.pub.year
        k = kind or r.choice(["wd", "wd", "wd", "last_wd", "ap", "monyear", "rel", "rel", "uk", "ago"])
        if k == "wd":
            return "on " + WEEKDAYS[(self.pub.weekday() - r.randint(0, 2)) % 7]
        if k == "last_wd":
            return "last " + r.choice(WEEKDAYS)
        if k == "ap":
            m = r.randrange(12)
            return "on %s %d" % (AP_MONTHS[m], r.randint(1, 28))
        if k == "uk":
            return "on %d %s" % (r.randint(1, 28), r.choice(MONTHS))
        if k == "monyear":
            return "in %s %d" % (r.choice(MONTHS), y - r.randint(0, 2))
        if k == "ago":
            return r.choice(["two days ago", "three weeks ago", "a year ago", "six months ago",
                             "48 hours ago", "two years ago"])
        return r.choice(["last year", "earlier this month", "last week", "last month",
                         "earlier this year", "this week", "in the third quarter",
                         "in the first quarter", "late last year", "over the weekend",
                         "in the first half of the year", "the previous year", "in %d" % (y - 1),
                         "at the end of %d" % (y - 1)])

    def since(self):
        return "since %d" % (self.pub.year - self.rng.randint(2, 12))

    def time(self):
        r = self.rng
        return "%d:%02d %s" % (r.randint(1, 12), r.randint(0, 59), r.choice(["a.m.", "p.m."]))

    def iso(self):
        d = self.pub - dt.timedelta(days=self.rng.randint(1, 40))
        return d.isoformat()

    def quarter(self):
        return "the %s quarter" % self.rng.choice(ORD)

    def dateline(self):
        r = self.rng
        d = self.pub - dt.timedelta(days=r.choice([0, 0, 1]))
        place = self.capital if r.random() < 0.6 else self.city.upper()
        dash = "—" if self.em else "-"
        f = r.randrange(5)
        if f == 0:
            return "%s, %s %d (%s) - " % (place, AP_MONTHS[d.month - 1], d.day, self.agency)
        if f == 1:
            return "%s %s " % (place, dash)
        if f == 2:
            return "%s, %d %s (%s) %s " % (place, d.day, MONTHS[d.month - 1], self.agency, dash)
        if f == 3:
            return "%s (%s) %s " % (place, self.agency, dash)
        return "%s, %s %d %s " % (place, AP_MONTHS[d.month - 1], d.day, dash)


ATTRS = ["officials said", "according to the ministry", "{P1} told reporters", "said {P1}",
         "{P1} said in a statement", "a spokesperson said",
         "the agency said in a report", "according to figures released {when}",
         "according to {ORG}", "local media reported", "{P3} said", "sources told {AGENCY}",
         "the government said", "according to a statement from the {MIN}"]
HEDGES = ["reportedly", "an estimated", "could", "may have", "is believed to have", "possibly",
          "appeared to", "was expected to"]

DOMAIN_MIN = {
    "economy": ["Ministry of Finance", "Ministry of Labour", "Ministry of Economy and Planning"],
    "disaster": ["Ministry of Water Resources", "Ministry of the Interior", "Ministry of Agriculture and Food Security"],
    "courts": ["Ministry of Justice"],
    "health": ["Ministry of Health", "Ministry of Public Health and Prevention"],
    "sport": ["Ministry of Youth and Sport"],
    "elections": ["Ministry of the Interior"],
    "conflict": ["Ministry of the Interior", "Ministry of Defence"],
    "energy": ["Ministry of Energy and Mines", "Ministry of Climate and Environment"],
    "tech": ["Ministry of Digital Affairs", "Ministry of Industry and Trade"],
    "refugees": ["Ministry of Humanitarian Affairs", "Ministry of Public Health and Prevention", "Ministry of the Interior"],
}
DOMAIN_ORG = {
    "economy": ["National Statistics Bureau (NSB)", "Financial Conduct Authority (FCA)", "Fiscal Council"],
    "disaster": ["National Disaster Management Agency (NDMA)", "Civil Protection Service", "Meteorological Service"],
    "courts": ["Office of the Director of Public Prosecutions (DPP)", "Serious Fraud Office (SFO)", "Anti-Corruption Bureau"],
    "health": ["National Institute of Public Health (NIPH)", "Centre for Disease Control (CDC)"],
    "sport": ["Football Federation", "Premier League Board"],
    "elections": ["National Electoral Commission (NEC)", "Independent Elections Board"],
    "conflict": ["National Human Rights Commission", "Civil Protection Service"],
    "energy": ["Energy Regulatory Authority (ERA)", "National Grid Operator"],
    "tech": ["Data Protection Authority (DPA)", "Competition and Markets Board"],
    "refugees": ["National Refugee Commission", "Border Management Agency"],
}
DOMAIN_INTL = {
    "economy": ["the International Monetary Fund (IMF)", "the World Bank"],
    "disaster": ["the Red Cross", "UNICEF", "the World Food Programme (WFP)", "the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)"],
    "health": ["the World Health Organization (WHO)", "UNICEF", "Médecins Sans Frontières (MSF)"],
    "conflict": ["the International Monetary Fund (IMF)", "the U.N. refugee agency (UNHCR)", "the International Committee of the Red Cross (ICRC)"],
    "refugees": ["the U.N. refugee agency (UNHCR)", "the World Food Programme (WFP)", "the International Organization for Migration (IOM)"],
}
BYLINE_ROLES = {
    "economy": ["Economics Editor", "Markets Reporter", "Business Correspondent"],
    "disaster": ["Staff Writer", "Senior Correspondent", "Regional Correspondent"],
    "courts": ["Courts Correspondent", "Legal Affairs Reporter"],
    "health": ["Health Correspondent", "Science and Health Reporter"],
    "sport": ["Sports Desk", "Football Correspondent", "Chief Sports Writer"],
    "elections": ["Political Reporter", "Political Editor"],
    "conflict": ["Senior Correspondent", "Security Correspondent", "Staff Writer"],
    "energy": ["Energy Reporter", "Climate Correspondent"],
    "tech": ["Technology Reporter", "Business Correspondent"],
    "refugees": ["Migration Reporter", "Africa Correspondent", "Humanitarian Affairs Correspondent"],
}

SLOT_RE = re.compile(r"\{([A-Za-z_]+[0-9]?)(?::([^{}]*))?\}")


def render(tpl, ctx):
    r = ctx.rng

    def sub(m):
        name, arg = m.group(1), m.group(2) or ""
        if re.fullmatch(r"P[0-5]", name):
            return ctx.person(int(name[1]), arg)
        if name == "n":
            noun, _, scale = arg.partition("|")
            return ctx.count(noun, scale or "m")
        if name == "money":
            return ctx.money(arg or "m")
        if name == "imoney":
            return ctx.money(arg or "m", intl=True)
        if name == "pct":
            if arg:
                lo, hi = arg.split("-")
                return ctx.pct(float(lo), float(hi))
            return ctx.pct()
        if name == "int":
            lo, hi = arg.split("-")
            return str(r.randint(int(lo), int(hi)))
        if name == "cint":
            lo, hi = arg.split("-")
            return ctx.comma(round(r.randint(int(lo), int(hi)), -1))
        if name == "word":
            lo, hi = arg.split("-")
            return words(r.randint(int(lo), int(hi)))
        if name == "ordn":
            lo, hi = arg.split("-")
            n = r.randint(int(lo), int(hi))
            suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return "%d%s" % (n, suf)
        if name == "ordw":
            lo, hi = arg.split("-")
            n = r.randint(int(lo), int(hi))
            w = words(n)
            irr = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                   "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
            head, dash, tail = w.rpartition("-")
            last = tail
            last = irr.get(last, (last[:-1] + "ieth") if last.endswith("y") else last + "th")
            return head + dash + last
        if name == "when":
            return ctx.when(arg or None)
        if name == "pick":
            return r.choice(arg.split("/"))
        if name == "attr":
            return render(r.choice(ATTRS), ctx)
        if name == "hedge":
            return r.choice(HEDGES)
        simple = {
            "CITY": lambda: ctx.city, "CITY2": lambda: ctx.city2, "COUNTRY": lambda: ctx.country,
            "DEM": lambda: ctx.dem, "CAP": lambda: ctx.capital.title().replace("’D", "’D"),
            "CB": lambda: the(ctx.cbank), "STATS": lambda: the(ctx.stats), "MIN": lambda: ctx.ministry,
            "ORG": lambda: ctx.org, "CO": lambda: ctx.co, "TECH": lambda: ctx.tech,
            "INTL": lambda: ctx.intl, "AGENCY": lambda: ctx.agency, "CLUB1": lambda: ctx.club1,
            "CLUB2": lambda: ctx.club2, "PARTY1": lambda: ctx.party1, "PARTY2": lambda: ctx.party2,
            "PARTY3": lambda: ctx.party3, "CUR": lambda: ctx.curword, "HAZ": lambda: ctx.hazard, "HAZNP": lambda: ctx.hazard_np,
            "since": ctx.since, "time": ctx.time, "iso": ctx.iso, "quarter": ctx.quarter,
            "price": ctx.smallmoney,
            "year": lambda: str(ctx.pub.year), "lastyear": lambda: str(ctx.pub.year - 1),
            "nextyear": lambda: str(ctx.pub.year + 1),
            "month": lambda: MONTHS[(ctx.pub.month - 2) % 12],
            "bp": lambda: "%d basis points" % r.choice([25, 25, 50, 50, 75, 100, 150]),
            "km": lambda: "%s%skm" % (r.choice(["35", "12", "120", "7.5", "64", "210"]),
                                      "\u00a0" if ctx.nbsp else " "),
            "ha": lambda: "%s hectares" % ctx.comma(round(r.randint(800, 90000), -2)),
            "age": lambda: str(r.randint(19, 74)),
            "mag": lambda: "%.1f" % r.uniform(5.2, 7.8),
            "sentence": lambda: r.choice(["jailed for %d years" % r.randint(2, 18),
                                          "sentenced to %s years" % words(r.randint(3, 14)),
                                          "jailed for %d years and %d months" % (r.randint(2, 9), r.randint(2, 10)),
                                          "handed a %d-year prison term" % r.randint(3, 20)]),
            "score": lambda: ctx.score, "fee": lambda: ctx.fee,
        }
        if name in simple:
            return simple[name]()
        raise KeyError(name)

    out = SLOT_RE.sub(sub, tpl)
    return out


NO_THE = ("Statistics ", "Norges Bank", "Bangladesh Bank", "Banque de France", "Bangko Sentral")


def the(name):
    return name if name.startswith(NO_THE) else "the " + name


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch not in "“\"‘'(":
            return s
    return s


# --------------------------------------------------------------------------
# Templates. Each domain: headlines, standfirsts, leads, body, quotes
# (quote = (part1, part2)), speakers.
# --------------------------------------------------------------------------

D = {}

D["economy"] = dict(
    headlines=[
        "{DEM} Central Bank Cuts Key Rate by {bp} as Inflation Eases",
        "Inflation in {COUNTRY} Slows to {pct:2-9} in {month}, Lowest {since}",
        "{COUNTRY} Economy Grows {pct:0.5-6} in Third Quarter, Beating Forecasts",
        "Government Unveils {money:l} Budget, Promises to Rein In Deficit",
        "Unemployment in {COUNTRY} Rises to {pct:4-14} as Factories Shed Jobs",
    ],
    standfirsts=[
        "Policymakers lowered borrowing costs for a {pick:third/fourth/sixth} straight meeting after price growth cooled.",
        "Food and fuel prices rose more slowly, giving the central bank room to consider cutting rates.",
        "Economists warn the recovery remains uneven, with household spending still weak.",
        "The finance ministry says the plan will cut the deficit to {pct:1-5} of GDP by {nextyear}.",
        "Manufacturing and construction accounted for most of the job losses, the statistics office said.",
    ],
    leads=[
        "{CB} cut its benchmark interest rate by {bp} to {pct:2-12} {when:wd}, saying slowing inflation gave it room to support growth.",
        "{DEM} consumer prices rose {pct:1-9} in {month} from a year earlier, {STATS} said {when:wd}, the slowest pace of increase {since}.",
        "{COUNTRY}’s economy expanded {pct:0.2-3} in {quarter} from the previous three months, according to preliminary figures from {STATS}.",
        "Finance Minister {P0} presented a {money:l} spending plan to parliament {when:wd}, pledging to bring the budget deficit below {pct:2-5} of economic output next year.",
        "Unemployment in {COUNTRY} rose to {pct:4-14} in {quarter}, its highest level {since}, as factories and builders cut {n:jobs|l}, {STATS} said {when:wd}.",
    ],
    body=[
        "Inflation eased to {pct:2-8} in {month} from {pct:3-10} a month earlier, while core inflation, which strips out food and energy, held at {pct:2-6}.",
        "Food prices rose {pct:5-15} year on year, driven by a poor harvest and higher transport costs, {attr}.",
        "The currency has held steady against the U.S. dollar {since}, and foreign exchange reserves stood at {imoney:l}, equal to about {int:3-9} months of import cover.",
        "Analysts had expected a smaller cut of {bp}, and {int:9-21} of {int:22-30} economists polled by {AGENCY} had forecast no change at all.",
        "Growth slowed to {pct:0.5-5} in {quarter} of {lastyear}, weighed down by weak exports and a slump in construction.",
        "The government plans to raise {money:l} through an infrastructure bond in {pick:March/April/September/October}, {attr}.",
        "Private-sector lending grew just {pct:0.5-4} last year, the weakest rate in more than a decade, according to central bank data.",
        "Unemployment rose to {pct:4-13} in {quarter}, with {n:jobs|l} lost in manufacturing alone, {STATS} said.",
        "The budget includes {money:m} for fuel subsidies and {money:m} for school meals, but cuts capital spending by {pct:5-20}.",
        "Public debt {pick:could rise/is expected to rise/may rise/is forecast to rise} to {pct:50-95} of GDP by the end of {nextyear}, {INTL} said in its latest review.",
        "The bank said it would keep policy “{pick:data-dependent/cautious/restrictive}” and did not rule out further cuts at its next meeting {pick:in March/in June/next month/in six weeks}.",
        "Retail sales fell {pct:0.5-4} in {month}, while industrial output rose {pct:0.3-3} on the month, separate data showed {when:wd}.",
        "Mortgage rates have fallen by about {bp} {since}, but house prices in {CITY} are still up {pct:10-30} from their pre-pandemic level.",
        "The minimum wage will rise to {price} an hour from {pick:January 1/April 1/July 1}, benefiting {n:workers|xl}, the {MIN} said.",
        "Exports rose {pct:2-18} year on year to {money:l} in {month}, helped by strong demand for copper and agricultural goods.",
        "Yields on {int:5-10}-year government bonds fell {bp} after the decision, while the currency slipped {pct:0.2-2} against the dollar.",
    ],
    quotes=[
        ("We see inflation staying close to the middle of our target band for the rest of the year.",
         "That gives us space to keep easing, but we will move carefully."),
        ("The bank is front-loading its cuts before the budget season.",
         "We think it could take the rate down by another {bp} before the summer."),
        ("Households are still feeling the squeeze.",
         "Prices may be rising more slowly, but they are not falling, and wages have not caught up."),
        ("This budget is about credibility.",
         "We cannot keep borrowing {money:l} a year to pay for promises we made a decade ago."),
        ("The numbers look better than they feel on the ground.",
         "Small firms in {CITY} are still struggling to get credit at any price."),
    ],
    speakers=["Governor {P0}", "{P0}, the bank’s governor,", "{P2}, chief economist at {CO}",
              "{P3}, an analyst at {CO}", "Finance Minister {P1}", "{P4}, who runs a bakery in {CITY}"],
)

D["disaster"] = dict(
    headlines=[
        "Death Toll From {COUNTRY} {HAZ} Rises to {cint:40-900}",
        "Thousands Displaced by {HAZ} in {CITY}, Officials Say",
        "Rescuers Search for Survivors After Deadly {HAZ} in {COUNTRY}",
        "{COUNTRY} Declares State of Emergency in {CITY} After {HAZ}",
    ],
    standfirsts=[
        "Emergency crews are struggling to reach remote villages cut off by damaged roads and bridges.",
        "Aid agencies say {n:people|l} need shelter, clean water and medical care.",
        "Emergency crews are working through the night as hopes fade for those still trapped.",
        "The government has released emergency funds and appealed for international help.",
    ],
    leads=[
        "At least {int:12-300} people were killed and {n:others|m} injured after {HAZNP} struck {CITY} {when:wd}, {attr}.",
        "Rescue teams in {COUNTRY} were searching {when:wd} for {n:people|s} still missing after {HAZNP} tore through {n:villages|s} near {CITY}.",
        "The number of people killed by the {HAZ} in {COUNTRY} rose to {int:40-600} {when:wd}, the {ORG} said, as crews reached communities that had been cut off for days.",
    ],
    body=[
        "The {ORG} said {n:homes|l} had been destroyed or damaged and {n:people|l} had been moved to temporary shelters.",
        "[earthquake]The magnitude {mag} quake struck at {time} local time at a depth of {km}, about {km} {pick:north/south/east/west} of {CITY}, the {pick:Geological Survey/national seismological institute}.",
        "[wildfire]The fire has burned about {ha} of forest and farmland {since}, and {n:firefighters|m} are battling {int:3-12} active fronts.",
        "[floods]Rivers burst their banks after {int:120-480} millimetres of rain fell in {int:24-72} hours, more than the average for the whole month, the {pick:Meteorological Service/weather office} said.",
        "[earthquake]Many of the dead {pick:were reportedly/may have been/are believed to have been} trapped when buildings collapsed in the early hours, {attr}.",
        "[landslide]Tonnes of mud and rock buried {n:homes|s} after days of heavy rain loosened the hillside above {CITY}, officials said.",
        "[landslide]Rescuers were digging by hand because the narrow road was too unstable for heavy machinery, {attr}.",
        "[typhoon]The storm was moving {pick:west/northwest} at about {int:15-30} km/h and was expected to weaken over land {pick:by Tuesday/overnight/within 24 hours}.",
        "[wildfire]Winds of up to {int:50-90} km/h pushed the flames toward the outskirts of {CITY} late on {pick:Saturday/Sunday/Monday}, forcing {n:residents|l} to flee.",
        "[floods]The river peaked at {pick:6.2/7.8/8.4/9.1} metres at about {time}, more than {int:1-3} metres above the danger level.",
        "Officials warned that the toll could rise, with {n:people|s} still unaccounted for in the hardest-hit districts.",
        "The government released {money:m} in emergency funds {when:wd} and said it would seek help from {INTL}.",
        "Power was cut to {n:households|xl}, and {n:schools|m} were closed for the rest of the week.",
        "Damage to roads, bridges and crops could cost {money:l}, according to a preliminary estimate by the {MIN}.",
        "[earthquake]Aftershocks of up to magnitude {mag} were felt as far away as {CITY2}, about {km} away, residents said.",
        "[typhoon]Sustained winds reached {int:120-230} km/h as the storm made landfall near {CITY} shortly before {time}.",
        "The region was hit by a similar disaster in {lastyear} that killed {n:people|s} and left {n:families|l} homeless.",
        "Soldiers and volunteers used boats and helicopters to reach {n:villages|s} that had been cut off, {attr}.",
        "{INTL} said {n:children|l} were among those displaced and warned of a risk of cholera in crowded shelters.",
        "Authorities ordered the evacuation of {n:residents|l} from low-lying areas {when:rel}, {attr}.",
        "Mobile phone networks were down across much of the province until {time} on {pick:Tuesday/Wednesday/Sunday}, hampering rescue efforts.",
    ],
    quotes=[
        ("The water came up so fast that we had no time to take anything.",
         "We climbed onto the roof with the children and waited there until morning."),
        ("Our teams are working around the clock.",
         "But some of these communities can only be reached on foot, and every hour counts."),
        ("We have never seen rainfall like this in {CITY}.",
         "The drainage system was built for a fraction of this water."),
        ("The priority now is shelter and clean water.",
         "We have enough tents for maybe half of the people who need them."),
    ],
    speakers=["{P0}, head of the {ORG},", "{P1}, a {int:30-70}-year-old farmer,", "Gov. {P2}",
              "{P3}, a spokesperson for {INTL},", "Mayor {P4}", "Dr. {P5}, a doctor at the main hospital in {CITY},"],
)

D["courts"] = dict(
    headlines=[
        "Former Executive Jailed for {int:4-15} Years Over {money:m} Fraud",
        "Court Convicts Ex-Minister of Taking Bribes Worth {money:s}",
        "Judge Orders {CO} to Pay {money:m} in Damages",
        "Ex-Fund Manager Sentenced Over Pension Scheme Collapse",
    ],
    standfirsts=[
        "The judge said the defendant had betrayed {n:savers|l} who trusted him with their money.",
        "The defence said it would appeal against both the conviction and the sentence.",
        "The company said it was disappointed by the ruling and was considering its options.",
        "Prosecutors said the scheme ran for almost a decade before investigators uncovered it.",
    ],
    leads=[
        "A former chief executive of {CO} was {sentence} {when:wd} for diverting {money:m} from company pension funds, in one of the largest fraud cases brought {since}.",
        "A court in {CITY} convicted former {pick:transport/health/energy/finance} minister {P0} of accepting bribes {when:wd}, ruling that he took {money:s} in exchange for public contracts.",
        "A court in {CITY} ordered {CO} to pay {money:m} in damages {when:wd} to {n:former employees|m} who said they were exposed to toxic dust at its plants.",
        "{P0}, {age}, was {sentence} at a court in {CITY} {when:wd} after being found guilty of {int:3-9} counts of fraud and money laundering.",
    ],
    body=[
        "Prosecutors said the defendant moved the money through a network of {int:8-40} shell companies between {pick:March and May/2014 and 2022/2016 and 2021} and forged signatures on at least {int:20-60} documents.",
        "Some {money:s} has been recovered, according to the {pick:Serious Fraud Office/Office of the Director of Public Prosecutions/anti-corruption agency}, which brought the case.",
        "Investigators believe a further {imoney:s} was sent to accounts in Cyprus and Malta, and officials said {n:victims|m} may never be repaid in full.",
        "The offence carries a maximum of {int:7-14} years, but the judge imposed consecutive terms for the laundering charges.",
        "Police arrested the defendant at the airport in {lastyear} as he prepared to board a flight to Dubai, {attr}.",
        "His former business partner, {P1}, {age}, was sentenced to {word:3-8} years and {word:2-10} months for his part in the scheme.",
        "The trial lasted {int:6-20} weeks and heard evidence from {n:witnesses|s}, including former employees and auditors.",
        "The company’s former No. 2, who cooperated with investigators, received a suspended sentence {when:rel}.",
        "The judge ordered the confiscation of assets worth {money:s}, including a villa in Spain, a private jet and {int:3-11} luxury cars.",
        "Defence lawyer {P2} said the sentence was “manifestly excessive” and that his client would appeal within the {int:14-28}-day deadline.",
        "The court heard that the scheme’s {n:members|l} included nurses, teachers and bus drivers, many of whom lost their entire retirement savings.",
        "The ruling comes {int:2-6} years after regulators first flagged irregularities in the fund’s accounts, {attr}.",
        "Under a plea agreement reached {when:rel}, the company also agreed to pay a fine of {money:m} without admitting liability.",
        "Dr. {P3}, a forensic accountant called by the prosecution, told the court the losses had been hidden using backdated invoices.",
        "The appeal court is expected to hear the case on {iso}, according to court filings seen by {AGENCY}.",
    ],
    quotes=[
        ("You treated the savings of ordinary working people as your personal bank account.",
         "The harm you caused cannot be measured in money alone."),
        ("This verdict sends a clear message.",
         "No one, however powerful, is above the law in {COUNTRY}."),
        ("My client maintains his innocence.",
         "We believe the court made serious errors of law and we will appeal."),
        ("I lost everything I had worked for over {int:20-40} years.",
         "No prison sentence will give that back."),
    ],
    speakers=["Judge {P4}", "{P4}, the presiding judge,", "prosecutor {P5}", "defence lawyer {P2}",
              "{P1}, one of the victims,", "Justice Minister {P3}"],
)

D["health"] = dict(
    headlines=[
        "{COUNTRY} Reports {cint:120-4000} Cholera Cases as Outbreak Spreads",
        "Measles Cases Climb in {CITY} as Vaccination Rates Fall",
        "Health Officials Confirm {int:3-40} Deaths From Mystery Illness",
        "Hospitals in {CITY} Overwhelmed as Flu Season Peaks Early",
    ],
    standfirsts=[
        "Health workers say poor sanitation and a shortage of clean water are driving the spread.",
        "Officials urged parents to check their children’s vaccination records.",
        "The health ministry has sent a team of epidemiologists to investigate.",
        "Doctors say the season started about {int:3-6} weeks earlier than usual.",
    ],
    leads=[
        "Health authorities in {COUNTRY} have recorded {n:suspected cases|l} of cholera {since}, including {int:15-240} deaths, the {MIN} said {when:wd}.",
        "The number of measles cases in {CITY} has risen to {int:40-900}, up from {int:10-39} {when:ago}, according to the {ORG}.",
        "Doctors in {CITY} have confirmed {n:deaths|s} from an unidentified respiratory illness {when:rel}, and are testing samples from {n:patients|s}.",
        "Hospitals in {CITY} have postponed {n:operations|m} as a surge in influenza cases filled wards {when:rel}, the {MIN} said.",
    ],
    body=[
        "Most of the cases are among children under five, and about {pct:60-95} of those infected had not been vaccinated, {attr}.",
        "The outbreak began in {CITY2} {when:rel} and has since spread to {int:4-14} of the country’s {int:15-36} provinces.",
        "The case fatality rate stands at {pct:1-4}, above the {pct:1-1.5} threshold {INTL} considers acceptable.",
        "The government has ordered {n:doses|xl} of oral vaccine and plans to vaccinate {n:people|xl} in the worst-affected districts.",
        "Hospital bed occupancy in {CITY} reached {pct:85-110} last week, and some patients waited more than {int:12-48} hours for a bed.",
        "Vaccination coverage for the second dose fell to {pct:70-88} in {lastyear}, well below the {pct:95-95} needed to prevent outbreaks.",
        "Dr. {P1}, who leads the response, said testing capacity had been increased to {n:samples|m} a day.",
        "The {MIN} said it had set up {int:12-80} treatment centres and trained {n:community health workers|m}.",
        "Officials said the illness {pick:may have/is believed to have/reportedly} spread through contaminated wells, but tests have not confirmed the source.",
        "Schools in {int:3-9} districts were closed {when:wd} as a precaution, affecting {n:pupils|l}.",
        "Funding for the response is {pct:10-40} of what is needed, {INTL} said, appealing for {imoney:s}.",
        "Cases were first detected on {iso} in a village about {km} from {CITY}, health officials said.",
        "The country recorded {n:cases|l} in the whole of {lastyear}, compared with fewer than {int:100-900} the year before.",
        "Health workers at the {CITY} General Hospital have threatened to strike over unpaid wages, which could hamper the response.",
        "The {ORG} advised people to boil drinking water and to seek care immediately if they develop symptoms.",
    ],
    quotes=[
        ("We are seeing children arrive too late, already severely dehydrated.",
         "Many of these deaths could have been prevented with basic care."),
        ("Vaccination is the only thing that stops measles.",
         "Every unvaccinated child is a door left open for the virus."),
        ("The next two weeks will be critical.",
         "If we can contain it in {CITY2}, we can stop it reaching the capital."),
        ("We simply do not have enough staff.",
         "Some nurses have worked {int:16-20}-hour shifts for a week straight."),
    ],
    speakers=["Health Minister {P0}", "Dr. {P1}", "{P2}, the country representative of {INTL},",
              "{P3}, a nurse at a clinic in {CITY},", "Dr. {P4}, an epidemiologist at {CITY} University,"],
)

D["sport"] = dict(
    headlines=[
        "{CLUB1} Beat {CLUB2} {score} to Go Top of the Table",
        "{CLUB1} Sign Striker {P0} in Club-Record {fee} Deal",
        "{CLUB2} Sack Coach After {int:5-9} Straight Defeats",
        "Late Goal Earns {CLUB1} Dramatic Win Over {CLUB2}",
    ],
    standfirsts=[
        "The win extends the club’s unbeaten run to {int:6-15} matches.",
        "The transfer fee could rise with add-ons tied to appearances and trophies.",
        "Supporters had called for the manager to go after a run of poor results.",
        "The result leaves the visitors {int:3-9} points adrift of the European places.",
    ],
    leads=[
        "{CLUB1} beat {CLUB2} {score} {when:wd} to move {int:1-5} points clear at the top of the table, with striker {P0} scoring twice in front of {n:fans|l}.",
        "{CLUB1} have signed forward {P0} from {CLUB2} for a club-record {fee}, the club said {when:wd}, on a contract that runs until {int:2027-2030}.",
        "{CLUB2} sacked coach {P1} {when:wd} after a run of {word:5-9} defeats left the club {int:2-6} points above the relegation zone.",
        "A stoppage-time header from {P0} gave {CLUB1} a {score} win over {CLUB2} {when:wd}, keeping their title hopes alive.",
    ],
    body=[
        "{P0} opened the scoring in the {ordn:3-40} minute and added a second from the penalty spot shortly after half-time.",
        "The fee, reported to be {fee} plus up to {money:s} in add-ons, surpasses the club’s previous record set in {lastyear}.",
        "The crowd of {cint:18000-62000} was the biggest at the stadium {since}.",
        "{P0}, {int:19-31}, scored {int:11-28} goals in {int:25-40} league appearances last season.",
        "The visitors had {int:55-70}% of possession but managed only {int:1-4} shots on target.",
        "Goalkeeper {P2} made {word:4-9} saves, including a point-blank stop from a header in stoppage time.",
        "The club said it had received more than {int:2-10} formal bids for the player {when:rel}.",
        "{CLUB2} have won just {word:1-4} of their last {int:12-20} league matches and conceded {int:25-45} goals.",
        "Defender {P3} was sent off in the {ordn:60-89} minute for a second yellow card and will miss the next match.",
        "Season ticket sales have risen {pct:5-30} {since}, the club said, with a waiting list of {n:supporters|m}.",
        "The board said it would appoint a new coach “within days,” with former No. 2 {P4} taking charge in the meantime.",
        "The win was {CLUB1}’s {ordw:5-12} in a row at home, a run stretching back to {pick:August/September/October/last season}.",
        "Kick-off was delayed by {int:10-30} minutes after heavy rain left parts of the pitch waterlogged.",
        "Club revenue rose to {money:m} last season, according to accounts published {when:rel}.",
    ],
    quotes=[
        ("We knew it would be a hard game.",
         "But the players showed character, and the second half was as good as we have played all year."),
        ("It is a dream to join a club with this history.",
         "I want to score goals and win trophies here."),
        ("Results have not been good enough.",
         "The board felt a change was needed to protect the club’s position in the league."),
        ("Honestly, I didn’t see the ball until it was in the net.",
         "Sometimes you need a bit of luck."),
    ],
    speakers=["coach {P1}", "{P0}", "{P5}, the club’s chairman,", "captain {P3}", "{P2}"],
)

D["elections"] = dict(
    headlines=[
        "{PARTY1} Leads {COUNTRY} Election With Most Votes Counted",
        "Runoff Looms in {CITY} as No Candidate Clears {pct:50-50} Threshold",
        "Turnout Hits Record {pct:60-85} in {COUNTRY} Parliamentary Vote",
        "Opposition Rejects Results, Alleges Fraud in {COUNTRY} Poll",
    ],
    standfirsts=[
        "The ruling party appeared set to lose its majority for the first time {since}.",
        "The result sets up a tense runoff in {pick:three weeks/two weeks/a month}.",
        "Observers said voting was largely peaceful despite scattered reports of irregularities.",
        "The electoral commission said the count had been transparent and that complaints would be heard in court.",
    ],
    leads=[
        "The {PARTY1} won {pct:25-45} of the vote in {DEM} parliamentary elections {when:wd}, ahead of the {PARTY2} on {pct:15-30}, with {pct:90-99} of ballots counted, the {pick:National Electoral Commission/electoral authority} said.",
        "{P0} of the {PARTY1} took {pct:35-48} of the vote in the first round of the {CITY} mayoral election {when:wd}, short of the majority needed to avoid a runoff.",
        "Turnout in {COUNTRY}’s general election reached {pct:55-85}, the highest {since}, as {n:voters|xl} cast ballots {when:wd}.",
        "The opposition {PARTY2} rejected the official results of {COUNTRY}’s presidential election {when:wd}, alleging fraud at {n:polling stations|m} after the {PARTY1} candidate was declared the winner with {pct:50-58} of the vote.",
    ],
    body=[
        "The {PARTY2} finished second with {pct:15-33}, while the {PARTY3} took {pct:4-12}, enough to make it a potential kingmaker.",
        "Under the country’s proportional system, the result would give the {PARTY1} about {int:110-190} of the {int:200-460} seats in the lower house.",
        "Observers from the {pick:European Union/African Union/Organization of American States} said they had recorded {n:incidents|s} of vote-buying and intimidation but described the vote as “generally orderly.”",
        "The runoff is scheduled for {pick:Oct. 27/Nov. 3/June 16/Dec. 8}, and polls show {P0} leading by between {int:3-6} and {int:7-12} points.",
        "The opposition said it had evidence of irregularities at {n:polling stations|m} and would challenge the results in court.",
        "About {n:voters|xl} were registered to vote, including {n:first-time voters|l}, according to the electoral commission.",
        "Preliminary results were released shortly after {time}, about {int:4-9} hours after polls closed.",
        "The {PARTY1} ran on a promise to cut income tax by {int:2-5} percentage points and to build {n:homes|l} by {int:2028-2032}.",
        "The {PARTY2} had led opinion polls {since}, but its support fell sharply after a corruption scandal {when:rel}.",
        "Women won {pct:20-45} of seats, up from {pct:15-30} in the previous parliament, analysts said.",
        "The election commission said final results would be certified within {int:7-14} days.",
        "Coalition talks {pick:could/may/are expected to} take weeks, with the {PARTY3} demanding the finance ministry as its price for support.",
        "In {CITY2}, the {PARTY1} candidate won {pct:50-70} of the vote, a stronghold the party has held {since}.",
        "Voting was extended by {int:1-3} hours at {n:polling stations|s} after ballot papers arrived late, officials said.",
    ],
    quotes=[
        ("Tonight the people have spoken, and they have asked for change.",
         "We will govern for everyone, including those who did not vote for us."),
        ("We will not accept results that do not reflect the will of the voters.",
         "Our lawyers are examining every tally sheet."),
        ("Turnout tells you people still believe their vote matters.",
         "That is the real story of this election."),
        ("I voted for the first time today.",
         "I want jobs for young people, not more promises."),
    ],
    speakers=["{P0}", "{P1}, leader of the {PARTY2},", "{P2}, a political scientist at {CITY} University,",
              "{P3}, a {int:18-22}-year-old student,", "{P4}, head of the observer mission,"],
)

D["conflict"] = dict(
    headlines=[
        "Thousands March in {CITY} Against Fuel Tax Rise",
        "Police Fire Tear Gas at Protesters in {COUNTRY} Capital",
        "{int:3-40} Killed as Clashes Erupt Near {CITY}",
        "Strike Over Wages Shuts Ports Across {COUNTRY}",
    ],
    standfirsts=[
        "Organisers said the protests would continue until the government withdraws the measure.",
        "Rights groups accused security forces of using excessive force.",
        "The violence is the deadliest in the region {since}.",
        "Union leaders say the stoppage will continue until the government improves its pay offer.",
    ],
    leads=[
        "Tens of thousands of people marched through {CITY} {when:wd} to protest against a planned {pct:10-40} rise in fuel taxes, in the largest demonstrations {since}.",
        "Police in {COUNTRY} fired tear gas and rubber bullets at protesters in the capital {when:wd}, and at least {int:5-60} people were injured, {attr}.",
        "At least {word:3-40} people were killed and {n:others|s} wounded in clashes between security forces and armed groups near {CITY} {when:wd}, {attr}.",
        "Dock workers across {COUNTRY} walked off the job {when:wd} in a strike over pay, shutting {int:3-9} ports and stranding {n:containers|l}, {attr}.",
    ],
    body=[
        "Organisers put the turnout at {n:people|xl}, while police estimated the crowd at {n:people|l}.",
        "Police said {int:12-300} people had been arrested and {int:5-40} officers injured, some of them by stones and bottles.",
        "The tax, which would add about {price} to the price of a litre of petrol, is part of a deal with {INTL} for a {imoney:l} loan.",
        "Shops and banks in the city centre remained closed for a {word:2-4} day, and {n:flights|s} were cancelled at the main airport.",
        "Witnesses said gunfire could be heard from about {time} until dawn in the {pick:northern/eastern/western} districts of the city.",
        "The fighting has forced {n:people|l} to flee their homes {since}, according to {INTL}.",
        "The government imposed a curfew from {int:8-10} p.m. to {int:5-6} a.m. and restricted access to social media, {attr}.",
        "Union leaders said the strike had shut {int:3-12} ports and halted about {pct:40-90} of freight traffic.",
        "The interior minister said the protests had been “hijacked by criminals” and blamed opposition parties for the violence.",
        "Rights groups said security forces {pick:reportedly/may have/appeared to have} used live ammunition in at least {int:2-6} towns, which the police denied.",
        "A ceasefire agreed {when:rel} collapsed within {int:24-72} hours, and both sides blamed each other.",
        "Protesters are also demanding the release of {n:activists|s} detained since the last round of demonstrations.",
        "The economic cost of the strike could reach {money:m} a day, according to the chamber of commerce.",
        "Talks between the government and unions are expected to resume {pick:on Monday/later this week/next week}, mediators said.",
    ],
    quotes=[
        ("We cannot feed our families on these wages.",
         "They raise taxes on fuel and the bus fare goes up the next morning."),
        ("The right to protest is guaranteed, but violence will not be tolerated.",
         "Those responsible for destroying property will be prosecuted."),
        ("The shooting started just after midnight.",
         "We hid under the beds until the sun came up."),
        ("This is not about one tax.",
         "It is about years of people being ignored."),
    ],
    speakers=["{P0}, a teacher who joined the march,", "Interior Minister {P1}", "{P2}, a union leader,",
              "{P3}, a resident of {CITY},", "{P4}, a researcher at a human rights group,"],
)

D["energy"] = dict(
    headlines=[
        "{COUNTRY} Approves {money:l} Offshore Wind Farm",
        "Power Cuts Hit Millions of Homes as Heatwave Strains Grid",
        "{CO} to Close Coal Plant Early as Renewables Surge",
        "Electricity Prices to Rise {pct:5-25} From {pick:April/July/October}, Regulator Says",
    ],
    standfirsts=[
        "The project will supply power to {n:homes|xl} when completed in {int:2027-2031}.",
        "Grid operators said demand hit a record as temperatures soared.",
        "The company said all staff at the plant would be offered retraining or new roles.",
        "Consumer groups warned the increase would push more families into energy poverty.",
    ],
    leads=[
        "The government of {COUNTRY} approved a {money:l} offshore wind farm off the coast of {CITY} {when:wd}, the largest renewable energy project in the country’s history.",
        "Rolling blackouts left {n:households|xl} without power {when:wd} as temperatures in {CITY} reached {int:38-46}C and demand on the grid hit a record.",
        "{CO} said {when:wd} it would close its {int:600-2400}-megawatt coal plant near {CITY} in {int:2026-2029}, {int:3-10} years earlier than planned.",
        "Household electricity bills in {COUNTRY} will rise by {pct:5-25} from {pick:April/July/October}, the {ORG} said {when:wd}, blaming higher network costs and the end of a temporary price cap.",
    ],
    body=[
        "The wind farm will have a capacity of {cint:600-3600} megawatts, enough to power {n:homes|xl}, {attr}.",
        "Renewables supplied {pct:30-65} of the country’s electricity in {lastyear}, up from {pct:10-29} five years earlier.",
        "Peak demand reached {cint:18000-52000} megawatts at about {time}, beating the previous record set in {lastyear}.",
        "The regulator said the average household bill would rise by {price} a year, or about {pct:5-20}.",
        "Gas prices have fallen {pct:20-60} from their peak in {int:2022-2023} but remain well above pre-crisis levels.",
        "The plant employs {n:workers|m}, and the company said it would offer retraining or redeployment to all of them.",
        "Construction is expected to start in {nextyear} and create {n:jobs|l}, the {MIN} said.",
        "Solar installations rose {pct:20-80} last year, with rooftop panels now on {n:homes|xl}.",
        "The grid operator said {int:3-8} power stations had been offline for maintenance when the heatwave began.",
        "Oil output has averaged {cint:400000-2000000} barrels a day {since}, according to the energy regulator.",
        "Environmental groups welcomed the decision but said the government should phase out coal entirely by {int:2030-2035}.",
        "The country aims to cut carbon emissions by {pct:40-60} from 1990 levels by 2030, a target analysts say it could miss.",
        "The project will be financed with {imoney:l} from a consortium of banks and a {money:m} state guarantee.",
        "Battery storage capacity will reach {cint:500-4000} megawatt-hours by the end of {nextyear}, according to industry estimates.",
    ],
    quotes=[
        ("This is a turning point for our energy security.",
         "Every megawatt we produce at home is one we do not have to import."),
        ("Families are being asked to pay for decades of under-investment.",
         "Many are already choosing between heating and eating."),
        ("The grid was not designed for heat like this.",
         "We need storage and better interconnection, and we need it quickly."),
        ("Closing the plant early makes economic sense.",
         "Coal simply cannot compete with wind and solar any more."),
    ],
    speakers=["Energy Minister {P0}", "{P1}, chief executive of {CO},", "{P2}, an analyst at {TECH}",
              "{P3}, director of a consumer group,", "{P4}, a grid engineer,"],
)

D["tech"] = dict(
    headlines=[
        "{TECH} to Cut {cint:400-12000} Jobs in Restructuring",
        "{TECH} Shares Jump {pct:8-30} After Strong AI Sales",
        "Regulator Fines {TECH} {imoney:m} Over Data Breach",
        "{TECH} Opens {money:l} Chip Factory Near {CITY}",
    ],
    standfirsts=[
        "The company said the cuts would affect about {pct:5-20} of its global workforce.",
        "Revenue beat analysts’ expectations for a {ordw:3-6} consecutive quarter.",
        "The breach exposed the personal data of {n:customers|xl}.",
        "The plant is the largest foreign investment in the country {since}.",
    ],
    leads=[
        "{TECH} said {when:wd} it would cut about {cint:400-12000} jobs, or {pct:5-20} of its workforce, as it shifts spending toward artificial intelligence.",
        "Shares in {TECH} rose as much as {pct:8-30} in early trading {when:wd} after the company reported revenue of {imoney:l} for {quarter}, beating forecasts.",
        "The {ORG} fined {TECH} {imoney:m} {when:wd} after a data breach exposed the personal details of {n:customers|xl}.",
        "{TECH} will build a {money:l} chip factory near {CITY}, the company said {when:wd}, in one of the largest foreign investments in the country {since}.",
    ],
    body=[
        "The company said it expected to record restructuring charges of {imoney:m} to {imoney:m}, mostly in {quarter}.",
        "Revenue rose {pct:10-45} from a year earlier, while net income climbed to {imoney:m}, or {price} a share.",
        "The cuts follow {int:2-4} earlier rounds of layoffs {since}, which together eliminated {n:positions|l}.",
        "The breach began on {iso} and was not detected for {int:3-11} weeks, the regulator said.",
        "The factory will employ {n:people|l} and produce chips for cars, phones and data centres from {nextyear}.",
        "Analysts polled by {AGENCY} had expected revenue of {imoney:l}, and the company raised its full-year outlook by {pct:2-8}.",
        "Affected employees will receive {int:12-26} weeks of severance pay and health coverage for six months, a spokesperson said.",
        "Chief Executive {P0} said in a memo to staff that the company had “grown too fast” during the pandemic.",
        "The company’s market value has more than doubled {since} to about {imoney:l}.",
        "The government is providing {money:m} in subsidies for the plant under a scheme to attract chipmakers, {attr}.",
        "Hackers {pick:reportedly/may have/are believed to have} gained access through a contractor’s account and copied names, addresses and bank details.",
        "Spending on data centres rose to {imoney:l} in {quarter}, up {pct:30-90} from a year earlier.",
        "Shares in {TECH} have fallen {pct:10-35} this year, lagging the broader technology index.",
        "Unions said {n:workers|m} at the company’s {CITY} office had been told their roles were at risk {when:rel}.",
    ],
    quotes=[
        ("These are difficult decisions, and they affect people who have worked hard for this company.",
         "But we have to focus on the areas where we can grow."),
        ("Demand for AI is not slowing down.",
         "If anything, we are capacity-constrained for the rest of the year."),
        ("Companies that hold this much personal data have a duty to protect it.",
         "This fine should make that clear."),
        ("I found out from a calendar invite at {time}.",
         "Twenty minutes later my laptop was locked."),
    ],
    speakers=["{P0}", "{P1}, the company’s chief financial officer,", "{P2}, an analyst at {CO}",
              "{P3}, head of the {ORG},", "{P4}, a software engineer who lost their job,"],
)

D["refugees"] = dict(
    headlines=[
        "Refugee Arrivals in {COUNTRY} Pass {cint:100000-900000}, U.N. Says",
        "Aid Cuts Leave Tens of Thousands of Refugees Without Food Rations",
        "Boat Carrying Migrants Capsizes Off {CITY}, Dozens Missing",
        "{COUNTRY} Opens New Camp as Border Crossings Surge",
    ],
    standfirsts=[
        "More than half of those arriving are children, according to the U.N.",
        "Aid agencies warn funding is running out just as arrivals are increasing.",
        "The coast guard said the search would continue through the night.",
        "Officials say the new site will take pressure off overcrowded camps near the border.",
    ],
    leads=[
        "{COUNTRY} is now hosting {n:refugees|xl}, the {pick:U.N. refugee agency (UNHCR)/International Organization for Migration (IOM)} said {when:wd}, according to figures compiled as of {iso}.",
        "{INTL} said {when:wd} it would cut food rations for {n:refugees|l} in camps near {CITY} by half from {pick:July/next month/September} unless it receives new funding.",
        "At least {int:8-60} people are missing after a boat carrying about {int:60-200} migrants capsized off the coast of {CITY} {when:wd}, the coast guard said.",
        "Authorities in {COUNTRY} opened a new camp near {CITY} {when:wd} to house {n:refugees|l}, as arrivals across the border rose to about {cint:1000-6000} a day.",
    ],
    body=[
        "More than half of the new arrivals are children, and women head an estimated {pct:60-90} of households, {attr}.",
        "Between {pick:March and May/January and April/June and August} alone, some {cint:20000-160000} people crossed the border, many of them fleeing fighting.",
        "Tens of thousands more are {pick:reportedly/believed to be/thought to be} stranded on the other side of the border, unable to pay for transport.",
        "{INTL} said it needed {imoney:m} to keep operations running through {pick:December/the end of the year/March}.",
        "The U.N. appeal for {COUNTRY} is only {pct:10-35} funded, {attr}.",
        "The coast guard rescued {n:people|s} and recovered {word:3-20} bodies, officials said.",
        "The camp near {CITY} was built for {cint:10000-40000} people but now holds more than {cint:50000-120000}.",
        "The government has asked donors to fund between {int:8-12} and {int:13-20} new health centres along the border, according to the {MIN}.",
        "Survivors told aid workers the boat left {pick:before dawn/at night/late on Friday} and began taking on water after about {int:3-9} hours.",
        "The European Union announced {imoney:s} in additional aid {when:wd}, bringing its total support this year to {imoney:m}.",
        "Cases of acute malnutrition among children under five have doubled {since}, according to {pick:Médecins Sans Frontières (MSF)/UNICEF/the Red Cross}.",
        "Each refugee receives about {int:6-14} kg of grain a month, roughly {pct:50-70} of the recommended minimum.",
        "Registration centres are processing {n:people|m} a day, but the backlog has grown to {n:cases|l}.",
        "The route has become one of the deadliest in the world, with {n:deaths|m} recorded {since}, the IOM said.",
    ],
    quotes=[
        ("Families are arriving with nothing.",
         "We are already having to choose who eats and who does not."),
        ("We walked for {word:5-12} days.",
         "My youngest son was sick the whole way, and there was no doctor until we reached the camp."),
        ("Without new money, we will have to cut rations again by July.",
         "That would be catastrophic for children who are already malnourished."),
        ("The sea was very rough, and people started to panic.",
         "I held on to a plastic container until the coast guard came."),
    ],
    speakers=["{P0}, a spokesperson for {INTL},", "{P1}, a {int:25-60}-year-old mother of {word:2-7},",
              "{P2}, the country director of an aid group,", "Dr. {P3}", "{P4}, a survivor,"],
)

GENERIC = [
    "The figures could not be independently verified, and officials cautioned that they were preliminary.",
    "{COUNTRY}, which has a population of about {pick:18/33/51/110/47/26} million, has faced repeated crises {since}.",
    "The government has been under pressure {since}, when {pick:a corruption scandal/a currency crisis/a disputed election/a series of strikes} dented its popularity.",
    "A report published {when:rel} by the {ORG} estimated the total cost at {money:l}.",
    "The issue is expected to dominate debate in parliament {pick:next week/this month/before the summer recess}.",
    "In a statement released shortly after {time}, the {MIN} said it was “closely monitoring the situation.”",
    "The U.S. embassy in {CAP} issued a travel advisory {when:wd} urging citizens to avoid non-essential travel to the area.",
    "Officials from the {MIN} did not respond to requests for comment.",
    "The figures were published on {iso}, {int:2-10} days later than originally scheduled.",
    "Critics said the authorities had ignored warnings issued {when:ago}.",
    "A spokesperson for {CO} declined to comment on the figures, citing ongoing discussions.",
    "The opposition called for an independent inquiry, saying the government had been “asleep at the wheel.”",
    "The {ORG} is due to publish updated figures {pick:on Friday/next week/at the end of the month/in the fourth quarter}.",
    "Gov. {P5} said the province would need “years, not months” to recover.",
    "{P5:l} said a full review would be completed by {pick:March/June/the end of the year/early next year}.",
    "Dr. {P5} of {CITY} University said the numbers were broadly in line with previous estimates.",
    "Last year’s figure was revised to {pct:1-9} from an initial estimate of {pct:1-9}.",
    "The matter has been referred to the {pick:attorney general/ombudsman/parliamentary committee}, {attr}.",
    "{AGENCY} was unable to reach {P5} for comment on {pick:Sunday/Monday/Tuesday}.",
    "Residents of {CITY2} said the situation had {pick:worsened/improved slightly/not changed} over the past {word:2-6} weeks.",
    "About {pct:20-60} of respondents in a survey by {CO} said they were worried about the next {int:6-18} months.",
    "The government’s response has been criticised by {n:lawmakers|s}, including several from the ruling coalition.",
]

# --------------------------------------------------------------------------
# Noise lines
# --------------------------------------------------------------------------

RELATED_TITLES = [
    "Five Things to Know About the New Budget", "Why Food Prices Are Still Rising",
    "Opinion: The Grid Is Not Ready for the Heat", "Live Updates: Rescue Efforts Continue",
    "How the Runoff Works, Explained", "Farmers Count the Cost of a Dry Season",
    "Inside the Fight Over Fuel Subsidies", "The Transfer Window’s Biggest Deals So Far",
    "Vaccination Rates Fall for a Third Year", "Chipmakers Race to Build New Plants",
    "What a Rate Cut Means for Your Mortgage", "Aid Groups Warn of ‘Lost Generation’",
    "Court Hears Appeal in Port Bribery Case", "Photos: A Week on the Border",
]


def noise_line(ctx, kind):
    r = ctx.rng
    if kind == "byline":
        return "By %s, %s" % (ctx.person(5, "f") if r.random() < 0.3 else
                              "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES)),
                              r.choice(BYLINE_ROLES.get(ctx.domain, ROLES_BYLINE)))
    if kind == "credit":
        return "(Reporting by %s %s%s; Editing by %s %s)" % (
            r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES),
            (" and %s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))) if r.random() < 0.4 else "",
            r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))
    choices = [
        "Also Read: " + r.choice(RELATED_TITLES),
        "Advertisement",
        "ADVERTISEMENT",
        "RELATED: " + r.choice(RELATED_TITLES),
        "Read more: " + r.choice(RELATED_TITLES),
        "Photo: %s %s/%s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), ctx.agency),
        "Share this article",
        "Subscribe to our newsletter for daily updates",
        "Follow us on WhatsApp for breaking news",
        "[Image: Residents of %s gather outside a government building]" % ctx.city,
        "Story continues below advertisement",
    ]
    return r.choice(choices)


# --------------------------------------------------------------------------
# Article assembly
# --------------------------------------------------------------------------

def make_quote(ctx, dom):
    r = ctx.rng
    if not ctx.quote_pool:
        ctx.quote_pool = list(dom["quotes"])
        r.shuffle(ctx.quote_pool)
    q1, q2 = ctx.quote_pool.pop()
    q1, q2 = render(q1, ctx), render(q2, ctx)
    spk = render(r.choice(dom["speakers"]), ctx).rstrip(",")
    spk_c = spk[0].upper() + spk[1:] if spk[0].islower() else spk
    if ctx.curly_quotes and r.random() > 0.1:
        o, c = "“", "”"
    else:
        o, c = '"', '"'
    q1c = q1[:-1] + "," if q1.endswith(".") else q1
    style = r.randrange(6)
    if style == 0:      # interrupted by speaker
        return "%s%s%s said %s. %s%s%s" % (o, q1c, c, spk, o, q2, c)
    if style == 1:
        return "%s%s%s %s said. %s%s%s" % (o, q1c, c, spk_c, o, q2, c)
    if style == 2:
        return "%s said: %s%s %s%s" % (spk_c, o, q1, q2, c)
    if style == 3:
        return "%s%s %s%s said %s." % (o, q1, q2[:-1] + "," if q2.endswith(".") else q2, c, spk)
    if style == 4:
        return "%s%s%s %s told reporters. %s%s%s" % (o, q1c, c, spk_c, o, q2, c)
    return "%s%s%s %s said in a statement." % (o, q1c, c, spk_c)


def finish(text, ctx):
    if not ctx.curly_apos:
        text = text.replace("’", "'").replace("‘", "'")
    if not ctx.em:
        text = text.replace(" — ", " - ")
    return text


def make_article(rng, idx, domain, published):
    ctx = Ctx(rng, domain, published)
    ctx.fee = ctx.money("s")
    dom = D[domain]
    lines = []
    k = rng.randrange(len(dom["headlines"]))
    head = render(dom["headlines"][k], ctx)
    head = re.sub(r"\b(floods|earthquake|wildfire|typhoon|landslide)\b", lambda m: m.group(1).title(), head)
    lines.append(head)
    if rng.random() < 0.75:
        lines.append(cap(render(dom["standfirsts"][k], ctx)))
    n_noise = rng.randint(1, 3)
    noise_kinds = []
    if rng.random() < 0.4:
        noise_kinds.append("byline")
    if rng.random() < 0.3:
        noise_kinds.append("credit")
    while len(noise_kinds) < n_noise:
        noise_kinds.append("misc")
    noise_kinds = noise_kinds[:n_noise]
    if "byline" in noise_kinds:
        lines.append(noise_line(ctx, "byline"))

    lead = cap(render(dom["leads"][k if k < len(dom["leads"]) else rng.randrange(len(dom["leads"]))], ctx))
    if rng.random() < 0.85:
        lead = ctx.dateline() + lead
    paras = [lead]

    body_pool = []
    for t in dom["body"]:
        if t.startswith("["):
            tag, _, t = t[1:].partition("]")
            if tag != ctx.hazard:
                continue
        body_pool.append(t)
    rng.shuffle(body_pool)
    gen_pool = list(GENERIC)
    rng.shuffle(gen_pool)
    n_par = rng.randint(8, 12)
    quote_slots = rng.sample(range(1, n_par), k=min(n_par - 1, rng.randint(1, 3)))
    for p in range(1, n_par):
        if p in quote_slots:
            s = [make_quote(ctx, dom)]
            if rng.random() < 0.4 and body_pool:
                s.append(cap(render(body_pool.pop(), ctx)))
        else:
            k = rng.choice([1, 2, 2, 2, 3])
            s = []
            for _ in range(k):
                if body_pool and (rng.random() < 0.8 or not gen_pool):
                    s.append(cap(render(body_pool.pop(), ctx)))
                elif gen_pool:
                    s.append(cap(render(gen_pool.pop(), ctx)))
        if s:
            paras.append(" ".join(s))

    misc = [k for k in noise_kinds if k == "misc"]
    for _ in misc:
        pos = rng.randint(1, len(paras) - 1)
        paras.insert(pos, noise_line(ctx, "misc"))
    if "credit" in noise_kinds:
        paras.append(noise_line(ctx, "credit"))
    lines.extend(paras)

    # a few non-breaking spaces in typical spots
    text = "\n".join(lines)
    if ctx.nbsp:
        text = re.sub(r"\b(No\.|Dr\.|Mr\.|Ms\.|Gov\.) ", lambda m: m.group(1) + "\u00a0", text, count=2)
    text = finish(text, ctx)
    if rng.random() < 0.15:
        text = text.replace("\n", "\r\n")
    slug = re.sub(r"[^a-z0-9]+", "-", ctx.country.lower().replace("the ", "")).strip("-")
    return {"id": "bench-%04d-%s-%s" % (idx, domain, slug), "published": published.isoformat(), "text": text}


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "articles.jsonl"))
    ap.add_argument("--count", type=int, default=DEFAULT_COUNT)
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    domains = ["economy", "disaster", "courts", "health", "sport", "elections", "conflict",
               "energy", "tech", "refugees"]
    start = dt.date(2023, 1, 1)
    total = 0
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(a.count):
            domain = domains[i % len(domains)] if rng.random() < 0.7 else rng.choice(domains)
            pub = start + dt.timedelta(days=rng.randint(0, 3 * 365 - 1))
            art = make_article(rng, i + 1, domain, pub)
            total += len(art["text"].encode("utf-8"))
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    print("wrote %d articles, %d text bytes -> %s" % (a.count, total, a.out))
    if a.count == DEFAULT_COUNT and total < MIN_TOTAL_BYTES:
        raise SystemExit("corpus too small: %d < %d" % (total, MIN_TOTAL_BYTES))


if __name__ == "__main__":
    main()
