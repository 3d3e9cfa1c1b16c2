/// The word tables the demo portal is generated from: people, companies, places.
///
/// Names carry an ASCII spelling for email addresses, so "José Müller" becomes `jose.muller@…`.
enum DemoWords {
    /// (display, ASCII) first names, mixed origins, a few non-Latin.
    static let firstNames: [(String, String)] = [
        ("Olivia", "olivia"), ("Liam", "liam"), ("Emma", "emma"), ("Noah", "noah"), ("Ava", "ava"),
        ("Mateo", "mateo"), ("Sofía", "sofia"), ("José", "jose"), ("Zoë", "zoe"), ("Chloé", "chloe"),
        ("Björn", "bjorn"), ("Ingrid", "ingrid"), ("Priya", "priya"), ("Arjun", "arjun"), ("Aisha", "aisha"),
        ("Omar", "omar"), ("Fatima", "fatima"), ("Kwame", "kwame"), ("Amara", "amara"), ("Chen", "chen"),
        ("Mei", "mei"), ("Hiroshi", "hiroshi"), ("Yuki", "yuki"), ("Min-jun", "minjun"), ("Ji-woo", "jiwoo"),
        ("Lucas", "lucas"), ("Léa", "lea"), ("François", "francois"), ("Ángel", "angel"), ("Łukasz", "lukasz"),
        ("Agnieszka", "agnieszka"), ("Dmitri", "dmitri"), ("Olga", "olga"), ("Sean", "sean"), ("Siobhán", "siobhan"),
        ("Grace", "grace"), ("Henry", "henry"), ("Isabella", "isabella"), ("Jack", "jack"), ("Mia", "mia"),
        ("Ethan", "ethan"), ("Harper", "harper"), ("Daniel", "daniel"), ("Camila", "camila"), ("Gabriel", "gabriel"),
        ("Nora", "nora"), ("Samuel", "samuel"), ("Lena", "lena"), ("Tomás", "tomas"), ("Anaïs", "anais"),
        ("Emre", "emre"), ("Elif", "elif"), ("Ravi", "ravi"), ("Ananya", "ananya"), ("Kofi", "kofi"),
        ("Nadia", "nadia"), ("Oscar", "oscar"), ("Freya", "freya"), ("Matteo", "matteo"), ("Giulia", "giulia"),
    ]

    /// (display, ASCII) last names.
    static let lastNames: [(String, String)] = [
        ("Smith", "smith"), ("Johnson", "johnson"), ("Williams", "williams"), ("Brown", "brown"), ("Garcia", "garcia"),
        ("Müller", "muller"), ("Schmidt", "schmidt"), ("Fischer", "fischer"), ("Dubois", "dubois"),
        ("Lefèvre", "lefevre"), ("García", "garcia"), ("Fernández", "fernandez"), ("Rossi", "rossi"),
        ("Bianchi", "bianchi"), ("Nowak", "nowak"), ("Kowalski", "kowalski"), ("Ivanova", "ivanova"),
        ("Petrov", "petrov"), ("Andersson", "andersson"), ("Nyström", "nystrom"), ("O'Brien", "obrien"),
        ("Murphy", "murphy"), ("Patel", "patel"), ("Sharma", "sharma"), ("Khan", "khan"), ("Haddad", "haddad"),
        ("Okafor", "okafor"), ("Mensah", "mensah"), ("Nguyen", "nguyen"), ("Tran", "tran"), ("Kim", "kim"),
        ("Park", "park"), ("Tanaka", "tanaka"), ("Sato", "sato"), ("Wang", "wang"), ("Li", "li"), ("Silva", "silva"),
        ("Santos", "santos"), ("Costa", "costa"), ("Yılmaz", "yilmaz"), ("Demir", "demir"),
        ("Van der Berg", "vanderberg"),
        ("de Jong", "dejong"), ("Clarke", "clarke"), ("Taylor", "taylor"), ("Moore", "moore"), ("Martin", "martin"),
        ("Lee", "lee"), ("Walker", "walker"), ("Hall", "hall"), ("Young", "young"), ("Wright", "wright"),
    ]

    /// Whole names written family name first, kept as one unit (no first/last split).
    static let cjkNames: [(first: String, last: String, ascii: String)] = [
        ("小明", "王", "xiaoming.wang"), ("美玲", "陈", "meiling.chen"), ("健", "李", "jian.li"),
        ("さくら", "佐藤", "sakura.sato"), ("翔太", "鈴木", "shota.suzuki"), ("지훈", "김", "jihoon.kim"),
    ]

    static let companyStems: [String] = [
        "Northwind", "Bluebird", "Ironclad", "Summit", "Evergreen", "Brightpath", "Cobalt", "Harbor", "Lumen",
        "Meridian", "Quartz", "Redwood", "Silverline", "Tidewater", "Vantage", "Willow", "Zenith", "Aurora",
        "Beacon", "Cascade", "Driftwood", "Ember", "Falcon", "Granite", "Helix", "Juniper", "Keystone", "Lighthouse",
        "Mosaic", "Nimbus", "Orchid", "Pinnacle", "Quill", "Riverstone", "Sable", "Tandem", "Upland", "Vertex",
        "Wavelength", "Yellowfin", "Alder", "Birch", "Copperleaf", "Delta", "Echo", "Fjord", "Glacier", "Horizon",
        "Ivory", "Jade",
    ]

    static let companySuffixes: [String] = [
        "Analytics", "Labs", "Systems", "Logistics", "Health", "Foods", "Robotics", "Energy", "Media", "Partners",
        "Software", "Capital", "Designs", "Networks", "Outfitters", "Aerospace", "Learning", "Telecom", "Builders",
        "Hospitality",
    ]

    static let topLevelDomains = ["com", "io", "co", "net", "tech", "ai"]

    /// (city, state or region, country, phone prefix).
    static let places: [(city: String, state: String, country: String, phone: String)] = [
        ("Boston", "MA", "United States", "+1 617"), ("San Francisco", "CA", "United States", "+1 415"),
        ("Austin", "TX", "United States", "+1 512"), ("New York", "NY", "United States", "+1 212"),
        ("Chicago", "IL", "United States", "+1 312"), ("Toronto", "ON", "Canada", "+1 416"),
        ("Dublin", "Leinster", "Ireland", "+353 1"), ("London", "England", "United Kingdom", "+44 20"),
        ("Berlin", "Berlin", "Germany", "+49 30"), ("München", "Bayern", "Germany", "+49 89"),
        ("Paris", "Île-de-France", "France", "+33 1"), ("Madrid", "Madrid", "Spain", "+34 91"),
        ("São Paulo", "SP", "Brazil", "+55 11"), ("Ciudad de México", "CDMX", "Mexico", "+52 55"),
        ("Tokyo", "Tokyo", "Japan", "+81 3"), ("Singapore", "Singapore", "Singapore", "+65 6"),
        ("Sydney", "NSW", "Australia", "+61 2"), ("Bengaluru", "Karnataka", "India", "+91 80"),
        ("Kraków", "Małopolskie", "Poland", "+48 12"), ("Stockholm", "Stockholm", "Sweden", "+46 8"),
        ("Lagos", "Lagos", "Nigeria", "+234 1"), ("Seoul", "Seoul", "South Korea", "+82 2"),
    ]

    static let jobTitles: [String] = [
        "CEO", "CTO", "VP of Sales", "VP Marketing", "Head of Operations", "Account Executive", "Sales Manager",
        "Marketing Manager", "Product Manager", "Software Engineer", "Procurement Lead", "Office Manager",
        "Customer Success Manager", "Finance Director", "IT Administrator", "Operations Analyst", "Founder",
        "Chief Revenue Officer", "Data Scientist", "HR Business Partner", "Purchasing Manager", "Designer",
    ]

    static let companyDescriptions: [String] = [
        "Builds tools that help mid-sized teams move faster.",
        "A family-owned business serving customers since the nineties.",
        "Venture-backed and growing quickly across three regions.",
        "Provides managed services for regulated industries.",
        "Known for excellent support and long customer relationships.",
        "Recently expanded into the European market.",
    ]

    /// Products with (name, price, SKU prefix, billing frequency or nil for one-off).
    static let products: [(name: String, price: Int, sku: String, billing: String?)] = [
        ("Starter Plan", 50, "PLN-STR", "monthly"), ("Professional Plan", 800, "PLN-PRO", "monthly"),
        ("Enterprise Plan", 3600, "PLN-ENT", "monthly"), ("Onboarding Package", 3000, "SVC-ONB", nil),
        ("Premium Support", 1200, "SVC-SUP", "annually"), ("Additional Seats (10)", 450, "ADD-SEAT", "monthly"),
        ("API Access Add-on", 500, "ADD-API", "monthly"), ("Data Migration", 2500, "SVC-MIG", nil),
        ("Training Workshop", 1800, "SVC-TRN", nil), ("Custom Integration", 7500, "SVC-INT", nil),
        ("Analytics Module", 900, "ADD-ANL", "quarterly"), ("Hardware Scanner", 349, "HW-SCN", nil),
        ("Sensor Kit", 129, "HW-SNS", nil), ("Annual Licence", 9600, "LIC-ANN", "annually"),
        ("Consulting Day", 1400, "SVC-CON", nil), ("Security Audit", 5200, "SVC-SEC", nil),
        ("Storage Expansion 1 TB", 99, "ADD-STO", "monthly"), ("Mobile App Add-on", 300, "ADD-MOB", "monthly"),
        ("White-label Branding", 2000, "ADD-WLB", "annually"), ("Priority SLA", 2400, "SVC-SLA", "annually"),
    ]
}
