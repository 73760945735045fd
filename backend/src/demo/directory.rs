//! The provider directory's part of the demo: insurance plans, six locations in two regions
//! (New York in `America/New_York`, Chicago in `America/Chicago`), the postcodes around them,
//! forty-two fictional providers with bios in every locale, and their credentials.
//!
//! Credential dates are relative to the day the demo is loaded (in UTC), so the credentialing
//! dashboard always has something in each band: a few credentials expire within 30, 31–60 and
//! 61–90 days; Marcus Bennett's only New York licence expired yesterday while still `verified`
//! (the expiry job moves it; the booking rule must catch it first); Amani Njoroge's licence is
//! `pending`; Dmitri Volkov's board certification is `expired`; Tomasz Kowalski's DEA
//! registration is `revoked`. Everything else is valid for one to three more years.

use super::DemoError;
use crate::db::DbError;
use domain::{locale::Locale, time::UtcMillis};
use sqlx::{Any, Row, Transaction};

/// Insurance plans: code and the plan's own name.
const PLANS: [(&str, &str); 8] = [
    (HARBOR, "Harbor Health PPO"),
    (KEYSTONE, "Keystone HMO"),
    (SUNRISE, "Sunrise Medicare Advantage"),
    (EVERGREEN, "Evergreen Choice EPO"),
    (HUDSON_MEDICAID, "Hudson Community Medicaid"),
    (LAKESHORE_MEDICAID, "Lakeshore Medicaid Plan"),
    (PRAIRIE, "Prairie Family Health Plan"),
    (SELF_PAY, "Self-pay (no insurance)"),
];
const HARBOR: &str = "harbor_health_ppo";
const KEYSTONE: &str = "keystone_hmo";
const SUNRISE: &str = "sunrise_medicare_advantage";
const EVERGREEN: &str = "evergreen_choice_epo";
const HUDSON_MEDICAID: &str = "hudson_community_medicaid";
const LAKESHORE_MEDICAID: &str = "lakeshore_medicaid";
const PRAIRIE: &str = "prairie_family_health";
const SELF_PAY: &str = "self_pay";

/// The two areas the demo practice works in; each is one time zone and one licensing
/// jurisdiction.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Region {
    NewYork,
    Chicago,
}

impl Region {
    fn time_zone(self) -> &'static str {
        match self {
            Region::NewYork => "America/New_York",
            Region::Chicago => "America/Chicago",
        }
    }

    fn jurisdiction(self) -> &'static str {
        match self {
            Region::NewYork => "US-NY",
            Region::Chicago => "US-IL",
        }
    }

    fn licence_issuer(self) -> &'static str {
        match self {
            Region::NewYork => "New York State Education Department, Office of the Professions",
            Region::Chicago => "Illinois Department of Financial and Professional Regulation",
        }
    }

    /// A fictional liability insurer.
    fn malpractice_insurer(self) -> &'static str {
        match self {
            Region::NewYork => "Hudson Mutual Medical Liability Company",
            Region::Chicago => "Great Lakes Physicians Insurance Exchange",
        }
    }

    fn short(self) -> &'static str {
        match self {
            Region::NewYork => "NY",
            Region::Chicago => "IL",
        }
    }
}

/// A clinic; it opens 08:00 on weekdays until `closes`, and 09:00–13:00 on Saturdays when
/// `saturday`.
struct Location {
    name: &'static str,
    street: &'static str,
    city: &'static str,
    region: Region,
    postcode: &'static str,
    latitude: f64,
    longitude: f64,
    phone: &'static str,
    closes: &'static str,
    saturday: bool,
}

const RIVERSIDE: usize = 0;
const HARBOR_VIEW: usize = 1;
const FLUSHING: usize = 2;
const LAKESHORE: usize = 3;
const PILSEN: usize = 4;
const EVANSTON: usize = 5;

const LOCATIONS: [Location; 6] = [
    Location {
        name: "Wellspring Riverside Clinic",
        street: "250 West 100th Street",
        city: "New York",
        region: Region::NewYork,
        postcode: "10025",
        latitude: 40.7967,
        longitude: -73.9694,
        phone: "(212) 555-0140",
        closes: "18:00",
        saturday: true,
    },
    Location {
        name: "Wellspring Harbor View Health Center",
        street: "88 Atlantic Avenue",
        city: "Brooklyn",
        region: Region::NewYork,
        postcode: "11201",
        latitude: 40.6907,
        longitude: -73.9971,
        phone: "(718) 555-0162",
        closes: "17:00",
        saturday: true,
    },
    Location {
        name: "Wellspring Flushing Family Practice",
        street: "41-25 Kissena Boulevard",
        city: "Flushing",
        region: Region::NewYork,
        postcode: "11355",
        latitude: 40.7566,
        longitude: -73.8266,
        phone: "(718) 555-0193",
        closes: "18:00",
        saturday: false,
    },
    Location {
        name: "Wellspring Lakeshore Clinic",
        street: "1150 North State Street",
        city: "Chicago",
        region: Region::Chicago,
        postcode: "60610",
        latitude: 41.9027,
        longitude: -87.6282,
        phone: "(312) 555-0118",
        closes: "18:00",
        saturday: true,
    },
    Location {
        name: "Wellspring Pilsen Community Health",
        street: "1745 West 18th Street",
        city: "Chicago",
        region: Region::Chicago,
        postcode: "60608",
        latitude: 41.8578,
        longitude: -87.6701,
        phone: "(312) 555-0177",
        closes: "17:00",
        saturday: true,
    },
    Location {
        name: "Wellspring Evanston Medical Group",
        street: "820 Davis Street",
        city: "Evanston",
        region: Region::Chicago,
        postcode: "60201",
        latitude: 42.0466,
        longitude: -87.6826,
        phone: "(847) 555-0125",
        closes: "17:00",
        saturday: false,
    },
];

/// Postcodes the directory can measure distance from (approximate centroids): the locations'
/// own and their neighbours.
const POSTCODES: [(&str, f64, f64); 31] = [
    // New York City
    ("10001", 40.7506, -73.9972),
    ("10003", 40.7319, -73.9891),
    ("10011", 40.7418, -74.0002),
    ("10024", 40.7870, -73.9754),
    ("10025", 40.7986, -73.9667),
    ("10027", 40.8116, -73.9533),
    ("10031", 40.8252, -73.9502),
    ("10451", 40.8205, -73.9235),
    ("11101", 40.7471, -73.9398),
    ("11201", 40.6940, -73.9903),
    ("11215", 40.6626, -73.9860),
    ("11217", 40.6824, -73.9788),
    ("11220", 40.6411, -74.0165),
    ("11354", 40.7686, -73.8272),
    ("11355", 40.7511, -73.8214),
    ("11372", 40.7517, -73.8829),
    // Chicago and Evanston
    ("60201", 42.0546, -87.6943),
    ("60202", 42.0302, -87.6856),
    ("60601", 41.8858, -87.6181),
    ("60605", 41.8676, -87.6176),
    ("60607", 41.8721, -87.6578),
    ("60608", 41.8515, -87.6694),
    ("60610", 41.9034, -87.6336),
    ("60611", 41.8930, -87.6217),
    ("60613", 41.9543, -87.6575),
    ("60614", 41.9229, -87.6483),
    ("60616", 41.8424, -87.6302),
    ("60623", 41.8490, -87.7157),
    ("60625", 41.9703, -87.7042),
    ("60626", 42.0092, -87.6690),
    ("60640", 41.9719, -87.6624),
];

/// A specialty the demo uses: its code (as the migration seeds it), the board that certifies
/// physicians in it, and a first-person sentence for bios in each of [`Locale::ALL`].
struct Specialty {
    code: &'static str,
    board: Option<&'static str>,
    bio: [&'static str; 5],
}

const ABFM: &str = "American Board of Family Medicine";
const ABIM: &str = "American Board of Internal Medicine";
const ABP: &str = "American Board of Pediatrics";
const ABPN: &str = "American Board of Psychiatry and Neurology";
const ABOS: &str = "American Board of Orthopaedic Surgery";

const SPECIALTIES: [Specialty; 21] = [
    Specialty {
        code: "family_medicine",
        board: Some(ABFM),
        bio: [
            "I care for patients of every age, from newborn check-ups to later life, and enjoy getting to know whole families over the years.",
            "Atiendo a pacientes de todas las edades, desde las revisiones de recién nacidos hasta la edad avanzada, y disfruto conocer a familias enteras a lo largo de los años.",
            "أعتني بالمرضى من جميع الأعمار، من فحوصات حديثي الولادة حتى التقدّم في السن، ويسعدني أن أتعرّف على عائلات بأكملها على مرّ السنين.",
            "我为各个年龄段的患者提供诊疗，从新生儿体检到老年保健，也很乐意多年陪伴整个家庭。",
            "Tôi chăm sóc bệnh nhân ở mọi lứa tuổi, từ khám sức khỏe cho trẻ sơ sinh đến người cao tuổi, và rất vui khi được đồng hành cùng cả gia đình qua nhiều năm.",
        ],
    },
    Specialty {
        code: "internal_medicine",
        board: Some(ABIM),
        bio: [
            "I look after adults' overall health, with a focus on prevention and on helping patients manage several conditions at once.",
            "Me ocupo de la salud integral de las personas adultas, con énfasis en la prevención y en ayudar a los pacientes a manejar varias afecciones a la vez.",
            "أهتم بالصحة العامة للبالغين، مع التركيز على الوقاية ومساعدة المرضى على التعامل مع عدة حالات صحية في آن واحد.",
            "我关注成年人的整体健康，注重预防，并帮助患者同时管理多种健康问题。",
            "Tôi chăm lo sức khỏe tổng quát cho người trưởng thành, chú trọng phòng bệnh và giúp bệnh nhân quản lý nhiều bệnh lý cùng lúc.",
        ],
    },
    Specialty {
        code: "pediatrics",
        board: Some(ABP),
        bio: [
            "I care for children from birth through adolescence and make time for parents' questions at every visit.",
            "Atiendo a niños y niñas desde el nacimiento hasta la adolescencia, y dedico tiempo a las preguntas de madres y padres en cada consulta.",
            "أعتني بالأطفال منذ الولادة حتى سن المراهقة، وأخصص وقتًا للإجابة عن أسئلة الوالدين في كل زيارة.",
            "我为从出生到青春期的孩子提供诊疗，每次就诊都会留出时间回答家长的问题。",
            "Tôi chăm sóc trẻ em từ khi mới sinh đến tuổi vị thành niên và luôn dành thời gian giải đáp thắc mắc của cha mẹ trong mỗi lần khám.",
        ],
    },
    Specialty {
        code: "cardiology",
        board: Some(ABIM),
        bio: [
            "I see patients with heart and blood vessel conditions and take time to explain test results in plain language.",
            "Atiendo a pacientes con afecciones del corazón y de los vasos sanguíneos, y me tomo el tiempo de explicar los resultados de las pruebas con palabras sencillas.",
            "أتابع المرضى الذين يعانون من أمراض القلب والأوعية الدموية، وأحرص على شرح نتائج الفحوصات بلغة بسيطة.",
            "我为患有心脏和血管疾病的患者看诊，并花时间用通俗易懂的语言解释检查结果。",
            "Tôi khám cho bệnh nhân có vấn đề về tim và mạch máu, và dành thời gian giải thích kết quả xét nghiệm bằng ngôn ngữ dễ hiểu.",
        ],
    },
    Specialty {
        code: "interventional_cardiology",
        board: Some(ABIM),
        bio: [
            "I work with patients before and after heart procedures, making sure they know what to expect at each step.",
            "Acompaño a los pacientes antes y después de los procedimientos cardíacos, para que sepan qué esperar en cada etapa.",
            "أرافق المرضى قبل إجراءات القلب وبعدها، وأحرص على أن يعرفوا ما يمكن توقّعه في كل مرحلة.",
            "我在心脏介入手术前后陪伴患者，确保他们了解每一步会发生什么。",
            "Tôi đồng hành cùng bệnh nhân trước và sau các thủ thuật tim mạch, giúp họ biết điều gì sẽ diễn ra ở từng bước.",
        ],
    },
    Specialty {
        code: "pediatric_cardiology",
        board: Some(ABP),
        bio: [
            "I care for children with heart conditions and work closely with their families and pediatricians.",
            "Atiendo a niños con afecciones cardíacas y trabajo en estrecha colaboración con sus familias y sus pediatras.",
            "أعتني بالأطفال المصابين بأمراض القلب، وأعمل عن قرب مع عائلاتهم وأطباء الأطفال المتابعين لهم.",
            "我为患有心脏疾病的儿童提供诊疗，并与他们的家人和儿科医生密切合作。",
            "Tôi chăm sóc trẻ em mắc bệnh tim và phối hợp chặt chẽ với gia đình cùng bác sĩ nhi khoa của các em.",
        ],
    },
    Specialty {
        code: "dermatology",
        board: Some("American Board of Dermatology"),
        bio: [
            "I see patients of all ages for skin, hair and nail concerns, and I value clear advice on everyday skin care.",
            "Atiendo a pacientes de todas las edades por problemas de piel, cabello y uñas, y valoro dar consejos claros sobre el cuidado diario de la piel.",
            "أستقبل المرضى من جميع الأعمار لمشكلات الجلد والشعر والأظافر، وأحرص على تقديم نصائح واضحة للعناية اليومية بالبشرة.",
            "我为各年龄段的患者诊治皮肤、头发和指甲方面的问题，也重视提供清晰的日常护肤建议。",
            "Tôi khám cho bệnh nhân mọi lứa tuổi về các vấn đề da, tóc và móng, và chú trọng đưa ra lời khuyên rõ ràng về chăm sóc da hằng ngày.",
        ],
    },
    Specialty {
        code: "obstetrics_gynecology",
        board: Some("American Board of Obstetrics and Gynecology"),
        bio: [
            "I provide care through pregnancy, birth and every stage of reproductive health, and I welcome questions at every visit.",
            "Brindo atención durante el embarazo, el parto y todas las etapas de la salud reproductiva, y en cada consulta las preguntas son bienvenidas.",
            "أقدّم الرعاية خلال الحمل والولادة وفي جميع مراحل الصحة الإنجابية، وأرحّب بالأسئلة في كل زيارة.",
            "我在孕期、分娩以及生殖健康的各个阶段提供照护，欢迎患者在每次就诊时提问。",
            "Tôi chăm sóc trong suốt thai kỳ, khi sinh nở và ở mọi giai đoạn của sức khỏe sinh sản, và luôn sẵn lòng trả lời câu hỏi trong mỗi lần khám.",
        ],
    },
    Specialty {
        code: "psychiatry",
        board: Some(ABPN),
        bio: [
            "I work with adults on their mental health, combining careful listening with a treatment plan we build together.",
            "Trabajo con personas adultas en su salud mental, combinando la escucha atenta con un plan de tratamiento que elaboramos en conjunto.",
            "أعمل مع البالغين على صحتهم النفسية، وأجمع بين الإصغاء الجيد وخطة علاج نضعها معًا.",
            "我帮助成年人关注心理健康，认真倾听，并与患者共同制定治疗计划。",
            "Tôi làm việc với người trưởng thành về sức khỏe tâm thần, kết hợp lắng nghe chu đáo với kế hoạch điều trị mà tôi và bệnh nhân cùng xây dựng.",
        ],
    },
    Specialty {
        code: "child_psychiatry",
        board: Some(ABPN),
        bio: [
            "I help children, teenagers and their families with emotional and behavioral concerns in a calm, unhurried setting.",
            "Ayudo a niños, adolescentes y sus familias con inquietudes emocionales y de conducta, en un ambiente tranquilo y sin prisas.",
            "أساعد الأطفال والمراهقين وعائلاتهم في الصعوبات العاطفية والسلوكية، في جو هادئ ودون استعجال.",
            "我在安静、从容的环境中，帮助儿童、青少年及其家庭应对情绪和行为方面的困扰。",
            "Tôi hỗ trợ trẻ em, thanh thiếu niên và gia đình các em về những khó khăn cảm xúc và hành vi, trong một không gian yên tĩnh, không vội vã.",
        ],
    },
    Specialty {
        code: "mental_health_therapy",
        board: None,
        bio: [
            "I offer talk therapy for stress, anxiety, grief and life changes, at a pace that feels right for each person.",
            "Ofrezco terapia conversacional para el estrés, la ansiedad, el duelo y los cambios de vida, al ritmo adecuado para cada persona.",
            "أقدّم العلاج بالحوار لمواجهة التوتر والقلق والحزن وتغيّرات الحياة، بالوتيرة التي تناسب كل شخص.",
            "我提供谈话治疗，帮助来访者应对压力、焦虑、哀伤和人生变化，节奏因人而异。",
            "Tôi cung cấp liệu pháp trò chuyện cho những ai đang đối mặt với căng thẳng, lo âu, mất mát hay thay đổi trong cuộc sống, theo nhịp độ phù hợp với từng người.",
        ],
    },
    Specialty {
        code: "orthopedics",
        board: Some(ABOS),
        bio: [
            "I see patients with bone, joint and muscle problems and talk through every option, including those that don't involve surgery.",
            "Atiendo a pacientes con problemas de huesos, articulaciones y músculos, y repaso con ellos todas las opciones, incluidas las que no requieren cirugía.",
            "أستقبل المرضى الذين يعانون من مشكلات العظام والمفاصل والعضلات، وأناقش معهم جميع الخيارات، بما فيها تلك التي لا تتطلب جراحة.",
            "我为有骨骼、关节和肌肉问题的患者看诊，并与他们讨论所有可选方案，包括非手术方案。",
            "Tôi khám cho bệnh nhân có vấn đề về xương, khớp và cơ, và cùng họ cân nhắc mọi lựa chọn, kể cả những phương án không cần phẫu thuật.",
        ],
    },
    Specialty {
        code: "sports_medicine",
        board: Some(ABOS),
        bio: [
            "I help active people of all levels, from weekend runners to school athletes, get back to the activities they enjoy.",
            "Ayudo a personas activas de todos los niveles, desde corredores de fin de semana hasta deportistas escolares, a volver a las actividades que disfrutan.",
            "أساعد الأشخاص النشطين من جميع المستويات، من عدّائي عطلة نهاية الأسبوع إلى رياضيي المدارس، على العودة إلى الأنشطة التي يحبونها.",
            "我帮助各种水平的运动爱好者，从周末跑步者到学校运动员，重新回到他们喜爱的活动中。",
            "Tôi giúp những người năng động ở mọi trình độ, từ người chạy bộ cuối tuần đến vận động viên học đường, trở lại với các hoạt động họ yêu thích.",
        ],
    },
    Specialty {
        code: "neurology",
        board: Some(ABPN),
        bio: [
            "I see patients with conditions of the brain and nerves, such as headaches or sleep and memory concerns, and work closely with their primary care team.",
            "Atiendo a pacientes con afecciones del cerebro y los nervios, como dolores de cabeza o problemas de sueño y de memoria, en estrecha colaboración con su equipo de atención primaria.",
            "أستقبل المرضى الذين يعانون من حالات تخص الدماغ والأعصاب، مثل الصداع أو مشكلات النوم والذاكرة، وأعمل عن قرب مع فريق الرعاية الأولية المتابع لهم.",
            "我为有脑部和神经系统问题的患者看诊，例如头痛、睡眠或记忆方面的困扰，并与他们的初级保健团队密切合作。",
            "Tôi khám cho bệnh nhân có vấn đề về não và thần kinh, như đau đầu, rối loạn giấc ngủ hay trí nhớ, và phối hợp chặt chẽ với đội ngũ chăm sóc ban đầu của họ.",
        ],
    },
    Specialty {
        code: "endocrinology",
        board: Some(ABIM),
        bio: [
            "I care for patients with thyroid, hormone and metabolic conditions, and I like to plan care step by step with each patient.",
            "Atiendo a pacientes con afecciones de la tiroides, hormonales y metabólicas, y me gusta planificar la atención paso a paso con cada paciente.",
            "أعتني بالمرضى الذين يعانون من حالات الغدة الدرقية والهرمونات والتمثيل الغذائي، وأحب أن أخطط للرعاية خطوة بخطوة مع كل مريض.",
            "我为患有甲状腺、激素和代谢疾病的患者提供诊疗，喜欢与每位患者一步一步地制定照护计划。",
            "Tôi chăm sóc bệnh nhân có vấn đề về tuyến giáp, nội tiết tố và chuyển hóa, và muốn cùng từng bệnh nhân lên kế hoạch chăm sóc từng bước một.",
        ],
    },
    Specialty {
        code: "diabetes_care",
        board: Some(ABIM),
        bio: [
            "I help people living with diabetes fit their care into everyday life, from meal planning to using a glucose meter.",
            "Ayudo a las personas que viven con diabetes a integrar su cuidado en la vida diaria, desde la planificación de las comidas hasta el uso del medidor de glucosa.",
            "أساعد المصابين بالسكري على جعل رعايتهم جزءًا من حياتهم اليومية، من تخطيط الوجبات إلى استخدام جهاز قياس الغلوكوز.",
            "我帮助糖尿病患者把自我照护融入日常生活，从饮食安排到使用血糖仪。",
            "Tôi giúp người sống chung với bệnh tiểu đường lồng ghép việc chăm sóc vào cuộc sống hằng ngày, từ lên thực đơn đến sử dụng máy đo đường huyết.",
        ],
    },
    Specialty {
        code: "gastroenterology",
        board: Some(ABIM),
        bio: [
            "I see patients with digestive and liver concerns and make sure they feel prepared before any procedure.",
            "Atiendo a pacientes con problemas digestivos y del hígado, y me aseguro de que se sientan preparados antes de cualquier procedimiento.",
            "أستقبل المرضى الذين يعانون من مشكلات الجهاز الهضمي والكبد، وأحرص على أن يشعروا بالاستعداد قبل أي إجراء.",
            "我为有消化系统和肝脏问题的患者看诊，并确保他们在任何检查或操作前做好充分准备。",
            "Tôi khám cho bệnh nhân có vấn đề về tiêu hóa và gan, và đảm bảo họ cảm thấy sẵn sàng trước mọi thủ thuật.",
        ],
    },
    Specialty {
        code: "ophthalmology",
        board: Some("American Board of Ophthalmology"),
        bio: [
            "I care for patients' eyes and vision at every age, from routine eye exams to follow-up after eye surgery.",
            "Cuido los ojos y la visión de pacientes de todas las edades, desde exámenes visuales de rutina hasta el seguimiento después de una cirugía ocular.",
            "أعتني بعيون المرضى وبصرهم في جميع الأعمار، من فحوصات العين الدورية إلى المتابعة بعد جراحات العيون.",
            "我为各年龄段的患者提供眼部和视力保健，从常规眼科检查到眼科手术后的随访。",
            "Tôi chăm sóc mắt và thị lực cho bệnh nhân ở mọi lứa tuổi, từ khám mắt định kỳ đến theo dõi sau phẫu thuật mắt.",
        ],
    },
    Specialty {
        code: "physical_therapy",
        board: None,
        bio: [
            "I design exercise programs that help patients regain strength and movement after an injury or surgery.",
            "Diseño programas de ejercicio que ayudan a los pacientes a recuperar la fuerza y la movilidad después de una lesión o una cirugía.",
            "أصمّم برامج تمارين تساعد المرضى على استعادة القوة والحركة بعد الإصابة أو الجراحة.",
            "我设计运动康复方案，帮助患者在受伤或手术后恢复力量和活动能力。",
            "Tôi xây dựng các chương trình tập luyện giúp bệnh nhân lấy lại sức mạnh và khả năng vận động sau chấn thương hoặc phẫu thuật.",
        ],
    },
    Specialty {
        code: "geriatrics",
        board: Some(ABIM),
        bio: [
            "I care for older adults and their caregivers, with attention to independence, medications and what matters most to each person.",
            "Atiendo a personas mayores y a quienes las cuidan, prestando atención a la independencia, los medicamentos y lo que más importa a cada persona.",
            "أعتني بكبار السن ومقدّمي الرعاية لهم، مع الاهتمام بالاستقلالية والأدوية وبما يهمّ كل شخص أكثر من غيره.",
            "我为老年人及其照护者提供诊疗，关注独立生活能力、用药情况以及每个人最看重的事情。",
            "Tôi chăm sóc người cao tuổi và người chăm sóc họ, quan tâm đến khả năng tự lập, việc dùng thuốc và những điều quan trọng nhất với mỗi người.",
        ],
    },
    Specialty {
        code: "nursing",
        board: None,
        bio: [
            "I help patients with vaccinations, health screenings and follow-up calls, and I am often the first person they see at the clinic.",
            "Ayudo a los pacientes con vacunas, pruebas de detección y llamadas de seguimiento, y a menudo soy la primera persona que ven en la clínica.",
            "أساعد المرضى في التطعيمات والفحوصات الصحية ومكالمات المتابعة، وغالبًا ما أكون أول شخص يقابلونه في العيادة.",
            "我协助患者接种疫苗、进行健康筛查和随访电话，常常是他们来诊所时见到的第一个人。",
            "Tôi hỗ trợ bệnh nhân tiêm chủng, khám sàng lọc sức khỏe và gọi điện theo dõi, và thường là người đầu tiên họ gặp khi đến phòng khám.",
        ],
    },
];

/// Second sentences of bios: how a provider works, in each of [`Locale::ALL`]. Number 3 is for
/// providers who speak more than English, number 4 for those who see patients by video.
const APPROACHES: [[&str; 5]; 8] = [
    [
        "I believe good care starts with listening, and I try to leave every patient with a clear plan.",
        "Creo que una buena atención empieza por escuchar, e intento que cada paciente se vaya con un plan claro.",
        "أؤمن بأن الرعاية الجيدة تبدأ بالإصغاء، وأسعى إلى أن يغادر كل مريض ومعه خطة واضحة.",
        "我相信好的照护从倾听开始，并努力让每位患者离开时都有清晰的计划。",
        "Tôi tin rằng chăm sóc tốt bắt đầu từ việc lắng nghe, và luôn cố gắng để mỗi bệnh nhân ra về với một kế hoạch rõ ràng.",
    ],
    [
        "I am especially interested in preventive care and in making health information easy to understand.",
        "Me interesan especialmente la atención preventiva y que la información de salud sea fácil de entender.",
        "أهتم بشكل خاص بالرعاية الوقائية وبجعل المعلومات الصحية سهلة الفهم.",
        "我尤其关注预防保健，并致力于让健康信息通俗易懂。",
        "Tôi đặc biệt quan tâm đến chăm sóc dự phòng và giúp thông tin sức khỏe trở nên dễ hiểu.",
    ],
    [
        "I enjoy working as part of a team with nurses, pharmacists and social workers to coordinate each patient's care.",
        "Disfruto trabajar en equipo con personal de enfermería, farmacia y trabajo social para coordinar la atención de cada paciente.",
        "أستمتع بالعمل ضمن فريق يضم الممرضين والصيادلة والأخصائيين الاجتماعيين لتنسيق رعاية كل مريض.",
        "我喜欢与护士、药剂师和社工组成团队，共同协调每位患者的照护。",
        "Tôi thích làm việc nhóm cùng điều dưỡng, dược sĩ và nhân viên xã hội để phối hợp chăm sóc cho từng bệnh nhân.",
    ],
    [
        "I grew up in a multilingual family, so I know how much it helps to talk about health in your own language.",
        "Crecí en una familia multilingüe y sé lo mucho que ayuda hablar de salud en el propio idioma.",
        "نشأتُ في عائلة متعددة اللغات، وأعرف كم يساعد الحديث عن الصحة باللغة الأم.",
        "我在一个多语言家庭中长大，深知用自己的母语谈论健康有多大帮助。",
        "Lớn lên trong một gia đình đa ngôn ngữ, tôi hiểu việc được nói về sức khỏe bằng tiếng mẹ đẻ giúp ích nhiều như thế nào.",
    ],
    [
        "I offer video visits for follow-ups, so patients can save a trip when they don't need to come in.",
        "Ofrezco consultas por video para los seguimientos, así los pacientes pueden ahorrarse el viaje cuando no hace falta venir en persona.",
        "أقدّم زيارات المتابعة عبر الفيديو، حتى يوفّر المرضى عناء التنقل عندما لا تكون الزيارة الحضورية ضرورية.",
        "我提供视频复诊，在无需到诊所时为患者省去往返奔波。",
        "Tôi có khám qua video cho các lần tái khám, để bệnh nhân đỡ phải đi lại khi không cần đến trực tiếp.",
    ],
    [
        "I take an unhurried approach and make sure there is time for every question.",
        "Trabajo sin prisas y me aseguro de que haya tiempo para todas las preguntas.",
        "أعمل دون استعجال، وأحرص على أن يتّسع الوقت لكل سؤال.",
        "我看诊从不匆忙，确保有时间回答每一个问题。",
        "Tôi làm việc không vội vàng và luôn dành đủ thời gian cho mọi câu hỏi.",
    ],
    [
        "Before joining Wellspring I worked in community health centers, and I still believe care should be within everyone's reach.",
        "Antes de llegar a Wellspring trabajé en centros de salud comunitarios, y sigo apostando por una atención al alcance de todas las personas.",
        "قبل انضمامي إلى Wellspring عملتُ في مراكز صحية مجتمعية، وما زلت أؤمن بأن الرعاية يجب أن تكون في متناول الجميع.",
        "加入Wellspring之前，我曾在社区卫生中心工作，至今仍相信医疗服务应当人人可及。",
        "Trước khi đến với Wellspring, tôi từng làm việc tại các trung tâm y tế cộng đồng và vẫn luôn tin rằng ai cũng cần được tiếp cận dịch vụ chăm sóc sức khỏe.",
    ],
    [
        "In my free time I enjoy gardening, music and exploring the city's neighborhoods.",
        "En mi tiempo libre disfruto de la jardinería, la música y de recorrer los barrios de la ciudad.",
        "في أوقات فراغي أستمتع بالبستنة والموسيقى واستكشاف أحياء المدينة.",
        "业余时间，我喜欢园艺和音乐，也喜欢探索城市的各个街区。",
        "Lúc rảnh rỗi, tôi thích làm vườn, nghe nhạc và khám phá các khu phố trong thành phố.",
    ],
];

/// A provider's role, as the `providers.role` CHECK list spells it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Physician,
    NursePractitioner,
    PhysicianAssistant,
    Therapist,
    Nurse,
    Midwife,
}

impl Role {
    fn code(self) -> &'static str {
        match self {
            Role::Physician => "physician",
            Role::NursePractitioner => "nurse_practitioner",
            Role::PhysicianAssistant => "physician_assistant",
            Role::Therapist => "therapist",
            Role::Nurse => "nurse",
            Role::Midwife => "midwife",
        }
    }

    /// Whether this role prescribes, and so holds a DEA registration.
    fn prescribes(self) -> bool {
        matches!(
            self,
            Role::Physician | Role::NursePractitioner | Role::PhysicianAssistant
        )
    }
}

/// How a provider sees patients; there is no way to spell "neither".
#[derive(Clone, Copy)]
enum Modes {
    InPerson,
    Video,
    Both,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CredentialKind {
    Licence,
    BoardCertification,
    Registration,
    Malpractice,
}

impl CredentialKind {
    fn code(self) -> &'static str {
        match self {
            CredentialKind::Licence => "licence",
            CredentialKind::BoardCertification => "board_certification",
            CredentialKind::Registration => "registration",
            CredentialKind::Malpractice => "malpractice",
        }
    }
}

/// What the credentialing dashboard shows about a provider. Everything not named here is
/// verified and valid for one to three more years.
#[derive(Clone, Copy)]
enum Story {
    AllValid,
    /// The first credential of this kind expires this many days from today.
    Expiring(CredentialKind, i64),
    /// The licence for the provider's location expired yesterday and is still `verified`; they
    /// also hold a valid licence in the other region, which must not count for this location.
    LicenceExpiredYesterday,
    /// A newly issued licence whose primary-source verification is under way.
    LicencePending,
    /// The board certification lapsed a month ago and is marked `expired`.
    BoardExpired,
    /// The DEA registration is `revoked`.
    RegistrationRevoked,
}

/// A fictional provider. The first specialty picks the bio's first sentence and the
/// certifying board; `approach` picks the second sentence from [`APPROACHES`].
struct Provider {
    given: &'static str,
    family: &'static str,
    suffix: &'static str,
    role: Role,
    gender: Option<&'static str>,
    accepting: bool,
    modes: Modes,
    specialties: &'static [&'static str],
    /// Indexes into [`LOCATIONS`], all in one region.
    locations: &'static [usize],
    /// Languages besides English, which every provider speaks.
    languages: &'static [&'static str],
    plans: &'static [&'static str],
    approach: usize,
    story: Story,
}

/// The directory entry that is the demo provider account (SPEC §5), by its index in
/// [`PROVIDERS`].
const PROVIDER_ACCOUNT: (&str, usize) = ("dr.lee@demo.test", 0);

const PROVIDERS: [Provider; 42] = [
    // New York
    Provider {
        given: "Jordan",
        family: "Lee",
        suffix: "MD",
        role: Role::Physician,
        gender: None,
        accepting: true,
        modes: Modes::Both,
        specialties: &["family_medicine"],
        locations: &[RIVERSIDE],
        languages: &["ko"],
        plans: &[HARBOR, KEYSTONE, HUDSON_MEDICAID, SELF_PAY],
        approach: 4,
        story: Story::AllValid,
    },
    Provider {
        given: "Amara",
        family: "Okonkwo",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["internal_medicine"],
        locations: &[RIVERSIDE, HARBOR_VIEW],
        languages: &["fr"],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 2,
        story: Story::Expiring(CredentialKind::Licence, 12),
    },
    Provider {
        given: "Daniel",
        family: "Herrera",
        suffix: "DO",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["family_medicine"],
        locations: &[HARBOR_VIEW],
        languages: &["es"],
        plans: &[KEYSTONE, HUDSON_MEDICAID, SELF_PAY],
        approach: 6,
        story: Story::AllValid,
    },
    Provider {
        given: "Layla",
        family: "Haddad",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["pediatrics"],
        locations: &[HARBOR_VIEW],
        languages: &["ar", "fr"],
        plans: &[HARBOR, HUDSON_MEDICAID, EVERGREEN],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Wei",
        family: "Zhang",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["cardiology"],
        locations: &[FLUSHING],
        languages: &["zh"],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 0,
        story: Story::Expiring(CredentialKind::BoardCertification, 40),
    },
    Provider {
        given: "Mei-Ling",
        family: "Chan",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["interventional_cardiology", "cardiology"],
        locations: &[RIVERSIDE, FLUSHING],
        languages: &["yue", "zh"],
        plans: &[HARBOR, SUNRISE, EVERGREEN],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Rosa",
        family: "Delgado",
        suffix: "NP",
        role: Role::NursePractitioner,
        gender: Some("female"),
        accepting: true,
        modes: Modes::Both,
        specialties: &["family_medicine"],
        locations: &[HARBOR_VIEW],
        languages: &["es"],
        plans: &[KEYSTONE, HUDSON_MEDICAID, SELF_PAY],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Samuel",
        family: "Adeyemi",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::Both,
        specialties: &["psychiatry"],
        locations: &[RIVERSIDE],
        languages: &[],
        plans: &[HARBOR, EVERGREEN, SELF_PAY],
        approach: 4,
        story: Story::AllValid,
    },
    Provider {
        given: "Nadia",
        family: "Petrova",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["neurology"],
        locations: &[RIVERSIDE],
        languages: &["ru"],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 5,
        story: Story::AllValid,
    },
    Provider {
        given: "Jean-Baptiste",
        family: "Pierre",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["geriatrics", "internal_medicine"],
        locations: &[HARBOR_VIEW],
        languages: &["ht", "fr"],
        plans: &[SUNRISE, HUDSON_MEDICAID, KEYSTONE],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Hannah",
        family: "Goldberg",
        suffix: "LCSW",
        role: Role::Therapist,
        gender: Some("female"),
        accepting: false,
        modes: Modes::Both,
        specialties: &["mental_health_therapy"],
        locations: &[RIVERSIDE],
        languages: &[],
        plans: &[HARBOR, EVERGREEN, SELF_PAY],
        approach: 5,
        story: Story::AllValid,
    },
    Provider {
        given: "Minh Anh",
        family: "Trần",
        suffix: "DO",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["dermatology"],
        locations: &[FLUSHING],
        languages: &["vi"],
        plans: &[HARBOR, KEYSTONE, EVERGREEN],
        approach: 1,
        story: Story::AllValid,
    },
    Provider {
        given: "Priya",
        family: "Raman",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::Both,
        specialties: &["endocrinology", "diabetes_care"],
        locations: &[FLUSHING],
        languages: &["hi"],
        plans: &[HARBOR, SUNRISE, KEYSTONE],
        approach: 4,
        story: Story::AllValid,
    },
    Provider {
        given: "Carlos",
        family: "Mendoza",
        suffix: "PA-C",
        role: Role::PhysicianAssistant,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["orthopedics"],
        locations: &[HARBOR_VIEW],
        languages: &["es"],
        plans: &[HARBOR, KEYSTONE, HUDSON_MEDICAID],
        approach: 2,
        story: Story::AllValid,
    },
    Provider {
        given: "Siobhan",
        family: "Murphy",
        suffix: "DPT",
        role: Role::Therapist,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["physical_therapy"],
        locations: &[RIVERSIDE],
        languages: &[],
        plans: &[HARBOR, KEYSTONE, EVERGREEN, SELF_PAY],
        approach: 7,
        story: Story::AllValid,
    },
    Provider {
        given: "Yusuf",
        family: "Rahman",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: false,
        modes: Modes::InPerson,
        specialties: &["gastroenterology"],
        locations: &[FLUSHING],
        languages: &["bn", "ur"],
        plans: &[HARBOR, SUNRISE, KEYSTONE],
        approach: 0,
        story: Story::AllValid,
    },
    Provider {
        given: "Ji-woo",
        family: "Park",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("nonbinary"),
        accepting: true,
        modes: Modes::Video,
        specialties: &["child_psychiatry"],
        locations: &[FLUSHING],
        languages: &["ko"],
        plans: &[HARBOR, EVERGREEN, HUDSON_MEDICAID],
        approach: 4,
        story: Story::AllValid,
    },
    Provider {
        given: "Elena",
        family: "Rossi",
        suffix: "CNM",
        role: Role::Midwife,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["obstetrics_gynecology"],
        locations: &[HARBOR_VIEW],
        languages: &["it", "es"],
        plans: &[HARBOR, KEYSTONE, HUDSON_MEDICAID, SELF_PAY],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Marcus",
        family: "Bennett",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["ophthalmology"],
        locations: &[RIVERSIDE],
        languages: &[],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 6,
        story: Story::LicenceExpiredYesterday,
    },
    Provider {
        given: "Kwame",
        family: "Asante",
        suffix: "RN",
        role: Role::Nurse,
        gender: None,
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["nursing"],
        locations: &[RIVERSIDE, HARBOR_VIEW],
        languages: &[],
        plans: &[HARBOR, KEYSTONE, HUDSON_MEDICAID],
        approach: 2,
        story: Story::AllValid,
    },
    Provider {
        given: "Fatima",
        family: "Al-Sayed",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["obstetrics_gynecology"],
        locations: &[HARBOR_VIEW],
        languages: &["ar"],
        plans: &[HARBOR, KEYSTONE, HUDSON_MEDICAID, EVERGREEN],
        approach: 5,
        story: Story::Expiring(CredentialKind::Malpractice, 25),
    },
    Provider {
        given: "Bao",
        family: "Nguyễn",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["sports_medicine", "orthopedics"],
        locations: &[RIVERSIDE],
        languages: &["vi"],
        plans: &[HARBOR, EVERGREEN, SELF_PAY],
        approach: 7,
        story: Story::AllValid,
    },
    // Chicago and Evanston
    Provider {
        given: "Sofía",
        family: "Ramírez",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["pediatrics"],
        locations: &[PILSEN],
        languages: &["es"],
        plans: &[LAKESHORE_MEDICAID, KEYSTONE, PRAIRIE, HARBOR],
        approach: 6,
        story: Story::AllValid,
    },
    Provider {
        given: "Tomasz",
        family: "Kowalski",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["internal_medicine"],
        locations: &[LAKESHORE],
        languages: &["pl"],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 0,
        story: Story::RegistrationRevoked,
    },
    Provider {
        given: "Aisha",
        family: "Mohamed",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["family_medicine"],
        locations: &[LAKESHORE, EVANSTON],
        languages: &["ar", "so"],
        plans: &[HARBOR, LAKESHORE_MEDICAID, PRAIRIE],
        approach: 0,
        story: Story::AllValid,
    },
    Provider {
        given: "Linh",
        family: "Phạm",
        suffix: "NP",
        role: Role::NursePractitioner,
        gender: Some("female"),
        accepting: true,
        modes: Modes::Both,
        specialties: &["family_medicine"],
        locations: &[EVANSTON],
        languages: &["vi"],
        plans: &[HARBOR, PRAIRIE, LAKESHORE_MEDICAID, SELF_PAY],
        approach: 1,
        story: Story::AllValid,
    },
    Provider {
        given: "Miguel Ángel",
        family: "Torres",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["cardiology"],
        locations: &[LAKESHORE, PILSEN],
        languages: &["es"],
        plans: &[HARBOR, KEYSTONE, SUNRISE, LAKESHORE_MEDICAID],
        approach: 3,
        story: Story::Expiring(CredentialKind::Registration, 58),
    },
    Provider {
        given: "Ravi",
        family: "Krishnan",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["endocrinology"],
        locations: &[LAKESHORE],
        languages: &["hi"],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 2,
        story: Story::AllValid,
    },
    Provider {
        given: "Jing",
        family: "Chen",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::Both,
        specialties: &["diabetes_care", "endocrinology"],
        locations: &[LAKESHORE],
        languages: &["zh", "yue"],
        plans: &[HARBOR, PRAIRIE, SUNRISE],
        approach: 4,
        story: Story::AllValid,
    },
    Provider {
        given: "Isabel",
        family: "Santos",
        suffix: "PA-C",
        role: Role::PhysicianAssistant,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["dermatology"],
        locations: &[PILSEN],
        languages: &["pt", "es"],
        plans: &[HARBOR, KEYSTONE, LAKESHORE_MEDICAID],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Dmitri",
        family: "Volkov",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["neurology"],
        locations: &[EVANSTON],
        languages: &["ru"],
        plans: &[HARBOR, SUNRISE, PRAIRIE],
        approach: 1,
        story: Story::BoardExpired,
    },
    Provider {
        given: "Ana Lucía",
        family: "Vargas",
        suffix: "LCSW",
        role: Role::Therapist,
        gender: Some("female"),
        accepting: true,
        modes: Modes::Both,
        specialties: &["mental_health_therapy"],
        locations: &[PILSEN],
        languages: &["es"],
        plans: &[LAKESHORE_MEDICAID, PRAIRIE, SELF_PAY],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Jamal",
        family: "Washington",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["sports_medicine"],
        locations: &[LAKESHORE],
        languages: &[],
        plans: &[HARBOR, KEYSTONE, PRAIRIE],
        approach: 2,
        story: Story::Expiring(CredentialKind::Licence, 52),
    },
    Provider {
        given: "Alejandra",
        family: "Cruz",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["obstetrics_gynecology"],
        locations: &[PILSEN],
        languages: &["es"],
        plans: &[HARBOR, LAKESHORE_MEDICAID, PRAIRIE, SELF_PAY],
        approach: 6,
        story: Story::AllValid,
    },
    Provider {
        given: "Noor",
        family: "Siddiqui",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::Video,
        specialties: &["psychiatry"],
        locations: &[EVANSTON],
        languages: &["ur", "hi"],
        plans: &[HARBOR, KEYSTONE, PRAIRIE],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Erik",
        family: "Lindqvist",
        suffix: "DPT",
        role: Role::Therapist,
        gender: None,
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["physical_therapy"],
        locations: &[EVANSTON],
        languages: &[],
        plans: &[HARBOR, KEYSTONE, SUNRISE, SELF_PAY],
        approach: 5,
        story: Story::Expiring(CredentialKind::Licence, 84),
    },
    Provider {
        given: "Soo-jin",
        family: "Choi",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["ophthalmology"],
        locations: &[EVANSTON],
        languages: &["ko"],
        plans: &[HARBOR, SUNRISE, KEYSTONE],
        approach: 1,
        story: Story::Expiring(CredentialKind::BoardCertification, 88),
    },
    Provider {
        given: "Ahmed",
        family: "Farouk",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["gastroenterology"],
        locations: &[LAKESHORE],
        languages: &["ar"],
        plans: &[HARBOR, KEYSTONE, SUNRISE],
        approach: 7,
        story: Story::Expiring(CredentialKind::Malpractice, 70),
    },
    Provider {
        given: "Maricel",
        family: "Dela Cruz",
        suffix: "RN",
        role: Role::Nurse,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["nursing"],
        locations: &[LAKESHORE],
        languages: &["tl"],
        plans: &[HARBOR, LAKESHORE_MEDICAID],
        approach: 3,
        story: Story::AllValid,
    },
    Provider {
        given: "Benjamin",
        family: "Cohen",
        suffix: "MD",
        role: Role::Physician,
        gender: Some("male"),
        accepting: false,
        modes: Modes::InPerson,
        specialties: &["pediatric_cardiology"],
        locations: &[LAKESHORE],
        languages: &[],
        plans: &[HARBOR, KEYSTONE, LAKESHORE_MEDICAID],
        approach: 5,
        story: Story::AllValid,
    },
    Provider {
        given: "Amani",
        family: "Njoroge",
        suffix: "NP",
        role: Role::NursePractitioner,
        gender: Some("female"),
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["geriatrics"],
        locations: &[EVANSTON, LAKESHORE],
        languages: &[],
        plans: &[SUNRISE, HARBOR, PRAIRIE],
        approach: 6,
        story: Story::LicencePending,
    },
    Provider {
        given: "Rafael",
        family: "Ortiz",
        suffix: "DO",
        role: Role::Physician,
        gender: None,
        accepting: true,
        modes: Modes::InPerson,
        specialties: &["family_medicine"],
        locations: &[PILSEN],
        languages: &["es"],
        plans: &[LAKESHORE_MEDICAID, PRAIRIE, SELF_PAY, HARBOR],
        approach: 7,
        story: Story::AllValid,
    },
];

/// One credential row, before it is inserted.
struct Credential {
    kind: CredentialKind,
    issuer: &'static str,
    number: String,
    jurisdiction: Option<&'static str>,
    valid_from: String,
    valid_to: String,
    status: &'static str,
    evidence_note: &'static str,
}

/// Inserts the directory's demo data in the demo's transaction. `admin_user_id` (the
/// credentialing admin demo account) verified every verified credential, at `now`.
pub(super) async fn load(
    tx: &mut Transaction<'static, Any>,
    admin_user_id: i64,
    now: UtcMillis,
) -> Result<(), DemoError> {
    let today = super::today(now)?;
    insert_all(tx, admin_user_id, now, &today)
        .await
        .map_err(DbError::from)?;
    Ok(())
}

/// Every table's demo rows; credentials are dated from `today`, the demo's date.
async fn insert_all(
    tx: &mut Transaction<'static, Any>,
    admin_user_id: i64,
    now: UtcMillis,
    today: &str,
) -> Result<(), sqlx::Error> {
    for (code, name) in PLANS {
        sqlx::query("INSERT INTO insurance_plans (code, name) VALUES ($1, $2)")
            .bind(code)
            .bind(name)
            .execute(&mut **tx)
            .await?;
    }
    for (postcode, latitude, longitude) in POSTCODES {
        sqlx::query("INSERT INTO postcodes (postcode, latitude, longitude) VALUES ($1, $2, $3)")
            .bind(postcode)
            .bind(latitude)
            .bind(longitude)
            .execute(&mut **tx)
            .await?;
    }
    let mut location_ids = Vec::with_capacity(LOCATIONS.len());
    for location in &LOCATIONS {
        location_ids.push(insert_location(tx, location, now).await?);
    }
    let provider_account: i64 = sqlx::query("SELECT id FROM users WHERE email_key = $1")
        .bind(PROVIDER_ACCOUNT.0)
        .fetch_one(&mut **tx)
        .await?
        .try_get("id")?;
    for (index, provider) in PROVIDERS.iter().enumerate() {
        let user_id = (index == PROVIDER_ACCOUNT.1).then_some(provider_account);
        let id = insert_provider(tx, provider, user_id, &location_ids, now).await?;
        for credential in credentials(index, provider, today) {
            insert_credential(tx, id, &credential, admin_user_id, now).await?;
        }
    }
    Ok(())
}

async fn insert_location(
    tx: &mut Transaction<'static, Any>,
    location: &Location,
    now: UtcMillis,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query(
        "INSERT INTO locations (name, street, city, jurisdiction, postcode, latitude, longitude, \
         phone, time_zone, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10) RETURNING id",
    )
    .bind(location.name)
    .bind(location.street)
    .bind(location.city)
    .bind(location.region.jurisdiction())
    .bind(location.postcode)
    .bind(location.latitude)
    .bind(location.longitude)
    .bind(location.phone)
    .bind(location.region.time_zone())
    .bind(now.0)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    let saturday = location.saturday.then_some((6, "09:00", "13:00"));
    let weekdays = (1..=5).map(|weekday| (weekday, "08:00", location.closes));
    for (weekday, opens, closes) in weekdays.chain(saturday) {
        sqlx::query(
            "INSERT INTO location_hours (location_id, weekday, opens, closes) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(i64::from(weekday))
        .bind(opens)
        .bind(closes)
        .execute(&mut **tx)
        .await?;
    }
    Ok(id)
}

async fn insert_provider(
    tx: &mut Transaction<'static, Any>,
    provider: &Provider,
    user_id: Option<i64>,
    location_ids: &[i64],
    now: UtcMillis,
) -> Result<i64, sqlx::Error> {
    let (in_person, telehealth) = match provider.modes {
        Modes::InPerson => (1_i64, 0_i64),
        Modes::Video => (0, 1),
        Modes::Both => (1, 1),
    };
    let id: i64 = sqlx::query(
        "INSERT INTO providers (user_id, given_name, family_name, credentials_suffix, role, \
         gender, accepting_new_patients, in_person, telehealth, active, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10) RETURNING id",
    )
    .bind(user_id)
    .bind(provider.given)
    .bind(provider.family)
    .bind(provider.suffix)
    .bind(provider.role.code())
    .bind(provider.gender)
    .bind(i64::from(provider.accepting))
    .bind(in_person)
    .bind(telehealth)
    .bind(now.0)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    for (locale, bio) in Locale::ALL.into_iter().zip(bios(provider)) {
        sqlx::query("INSERT INTO provider_bios (provider_id, locale, bio) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(locale.tag())
            .bind(bio)
            .execute(&mut **tx)
            .await?;
    }
    for code in provider.specialties {
        sqlx::query(
            "INSERT INTO provider_specialties (provider_id, specialty_code) VALUES ($1, $2)",
        )
        .bind(id)
        .bind(*code)
        .execute(&mut **tx)
        .await?;
    }
    for location in provider.locations {
        sqlx::query("INSERT INTO provider_locations (provider_id, location_id) VALUES ($1, $2)")
            .bind(id)
            .bind(location_ids[*location])
            .execute(&mut **tx)
            .await?;
    }
    for language in std::iter::once(&"en").chain(provider.languages) {
        sqlx::query("INSERT INTO provider_languages (provider_id, language) VALUES ($1, $2)")
            .bind(id)
            .bind(*language)
            .execute(&mut **tx)
            .await?;
    }
    for plan in provider.plans {
        sqlx::query("INSERT INTO provider_plans (provider_id, plan_code) VALUES ($1, $2)")
            .bind(id)
            .bind(*plan)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}

async fn insert_credential(
    tx: &mut Transaction<'static, Any>,
    provider_id: i64,
    credential: &Credential,
    admin_user_id: i64,
    now: UtcMillis,
) -> Result<(), sqlx::Error> {
    // A credential that was never verified has no verifier; expired and revoked ones were
    // verified before their status moved on.
    let (verified_by, verified_at) = match credential.status {
        "pending" => (None, None),
        _ => (Some(admin_user_id), Some(now.0)),
    };
    sqlx::query(
        "INSERT INTO credentials (provider_id, kind, issuer, number, jurisdiction, valid_from, \
         valid_to, status, verified_by, verified_at, evidence_note, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)",
    )
    .bind(provider_id)
    .bind(credential.kind.code())
    .bind(credential.issuer)
    .bind(&credential.number)
    .bind(credential.jurisdiction)
    .bind(&credential.valid_from)
    .bind(&credential.valid_to)
    .bind(credential.status)
    .bind(verified_by)
    .bind(verified_at)
    .bind(credential.evidence_note)
    .bind(now.0)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A provider's bio in each of [`Locale::ALL`]: their first specialty's sentence, then their
/// approach.
fn bios(provider: &Provider) -> [String; 5] {
    let specialty = specialty(provider.specialties[0]);
    let approach = &APPROACHES[provider.approach];
    std::array::from_fn(|i| {
        // Chinese runs sentences together; the other locales separate them with a space.
        let separator = if Locale::ALL[i] == Locale::ZhCn {
            ""
        } else {
            " "
        };
        format!("{}{separator}{}", specialty.bio[i], approach[i])
    })
}

fn specialty(code: &str) -> &'static Specialty {
    SPECIALTIES
        .iter()
        .find(|s| s.code == code)
        .expect("every demo provider's specialty has a bio sentence")
}

/// The date `days` after the demo's `today` (before it, when negative).
fn date(today: &str, days: i64) -> String {
    domain::time::date_plus_days(today, days).unwrap_or_else(|| today.to_string())
}

/// The provider's credentials: a licence in each jurisdiction they practise in; for physicians
/// a board certification; for prescribers a DEA registration where they first practise; and
/// malpractice cover for everyone. The provider's [`Story`] then bends one of them.
fn credentials(index: usize, provider: &Provider, today: &str) -> Vec<Credential> {
    let n = index as i64;
    let home = LOCATIONS[provider.locations[0]].region;
    let mut regions: Vec<Region> = Vec::new();
    for location in provider.locations {
        let region = LOCATIONS[*location].region;
        if !regions.contains(&region) {
            regions.push(region);
        }
    }
    // Marcus Bennett practised in the other region before, and his licence there is still good.
    if matches!(provider.story, Story::LicenceExpiredYesterday) {
        regions.push(match home {
            Region::NewYork => Region::Chicago,
            Region::Chicago => Region::NewYork,
        });
    }
    // Valid for one to three more years, varied by provider and credential.
    let mut ordinal = 0;
    let mut valid = |from_years_ago: i64| {
        ordinal += 1;
        (
            date(
                today,
                -(365 * from_years_ago + (n * 53 + ordinal * 31) % 300),
            ),
            date(today, 400 + (n * 211 + ordinal * 97) % 700),
        )
    };
    let mut list = Vec::new();
    for region in regions {
        let (valid_from, valid_to) = valid(2);
        list.push(Credential {
            kind: CredentialKind::Licence,
            issuer: region.licence_issuer(),
            number: match region {
                Region::NewYork => format!("{:06}", 270_000 + 1_237 * n),
                Region::Chicago => format!("036.{:06}", 150_000 + 1_481 * n),
            },
            jurisdiction: Some(region.jurisdiction()),
            valid_from,
            valid_to,
            status: "verified",
            evidence_note: "Primary source verified online with the state licensing board",
        });
    }
    if provider.role == Role::Physician {
        let board = specialty(provider.specialties[0])
            .board
            .expect("physicians' specialties name a board");
        let (valid_from, valid_to) = valid(6);
        list.push(Credential {
            kind: CredentialKind::BoardCertification,
            issuer: board,
            number: format!("{:06}", 104_000 + 2_311 * n),
            jurisdiction: None,
            valid_from,
            valid_to,
            status: "verified",
            evidence_note: "Verified in the certifying board's online directory",
        });
    }
    if provider.role.prescribes() {
        let (valid_from, valid_to) = valid(1);
        list.push(Credential {
            kind: CredentialKind::Registration,
            issuer: "U.S. Drug Enforcement Administration",
            number: dea_number(provider, n),
            jurisdiction: Some(home.jurisdiction()),
            valid_from,
            valid_to,
            status: "verified",
            evidence_note: "Verified against the DEA registration validation service",
        });
    }
    let (valid_from, valid_to) = valid(1);
    list.push(Credential {
        kind: CredentialKind::Malpractice,
        issuer: home.malpractice_insurer(),
        number: format!("PL-{}-{:05}", home.short(), 10_000 + 389 * n),
        jurisdiction: None,
        valid_from,
        valid_to,
        status: "verified",
        evidence_note: "Certificate of insurance on file",
    });
    apply_story(provider.story, &mut list, today);
    list
}

/// Bends the provider's credentials to tell their [`Story`].
fn apply_story(story: Story, list: &mut [Credential], today: &str) {
    let Some(kind) = (match story {
        Story::AllValid => None,
        Story::Expiring(kind, _) => Some(kind),
        Story::LicenceExpiredYesterday | Story::LicencePending => Some(CredentialKind::Licence),
        Story::BoardExpired => Some(CredentialKind::BoardCertification),
        Story::RegistrationRevoked => Some(CredentialKind::Registration),
    }) else {
        return;
    };
    let Some(credential) = list.iter_mut().find(|c| c.kind == kind) else {
        return;
    };
    match story {
        Story::AllValid => {}
        Story::Expiring(_, days) => {
            credential.valid_from = date(today, days - 730);
            credential.valid_to = date(today, days);
        }
        Story::LicenceExpiredYesterday => {
            credential.valid_from = date(today, -731);
            credential.valid_to = date(today, -1);
        }
        Story::LicencePending => {
            credential.valid_from = date(today, -14);
            credential.valid_to = date(today, 716);
            credential.status = "pending";
            credential.evidence_note =
                "Newly issued; primary source verification requested from the board";
        }
        Story::BoardExpired => {
            credential.valid_from = date(today, -30 - 3_652);
            credential.valid_to = date(today, -30);
            credential.status = "expired";
            credential.evidence_note =
                "Certification lapsed; the provider is preparing for recertification";
        }
        Story::RegistrationRevoked => {
            credential.status = "revoked";
            credential.evidence_note =
                "Shown as revoked in the DEA registration validation service";
        }
    }
}

/// A DEA registration number in the real format: a registrant letter (B for a physician, M for
/// a mid-level practitioner), the family name's initial, six digits and a check digit.
fn dea_number(provider: &Provider, n: i64) -> String {
    let registrant = if provider.role == Role::Physician {
        'B'
    } else {
        'M'
    };
    let initial = provider
        .family
        .chars()
        .next()
        .filter(char::is_ascii_alphabetic)
        .map_or('X', |c| c.to_ascii_uppercase());
    let digits: Vec<i64> = format!("{:06}", (314_159 + 7_919 * n) % 1_000_000)
        .bytes()
        .map(|b| i64::from(b - b'0'))
        .collect();
    let check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10;
    let six: String = digits.iter().map(|d| d.to_string()).collect();
    format!("{registrant}{initial}{six}{check}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_tables_fit_the_schema_and_each_other() {
        let seeded = [
            "family_medicine",
            "internal_medicine",
            "pediatrics",
            "cardiology",
            "interventional_cardiology",
            "pediatric_cardiology",
            "dermatology",
            "obstetrics_gynecology",
            "psychiatry",
            "child_psychiatry",
            "mental_health_therapy",
            "orthopedics",
            "sports_medicine",
            "neurology",
            "endocrinology",
            "diabetes_care",
            "gastroenterology",
            "ophthalmology",
            "physical_therapy",
            "geriatrics",
            "nursing",
        ];
        for specialty in &SPECIALTIES {
            assert!(seeded.contains(&specialty.code), "{}", specialty.code);
        }
        let plans: HashSet<&str> = PLANS.iter().map(|(code, _)| *code).collect();
        let postcodes: HashSet<&str> = POSTCODES.iter().map(|(code, _, _)| *code).collect();
        assert_eq!(postcodes.len(), POSTCODES.len());
        for location in &LOCATIONS {
            assert!(postcodes.contains(location.postcode), "{}", location.name);
        }
        for (i, p) in PROVIDERS.iter().enumerate() {
            let who = format!("{} {}", p.given, p.family);
            assert!(p.specialties.iter().all(|s| seeded.contains(s)), "{who}");
            assert!(
                p.role != Role::Physician || specialty(p.specialties[0]).board.is_some(),
                "{who}"
            );
            assert!((2..=4).contains(&p.plans.len()), "{who}");
            assert!(p.plans.iter().all(|plan| plans.contains(plan)), "{who}");
            assert!(
                p.languages.len() <= 2 && !p.languages.contains(&"en"),
                "{who}"
            );
            assert!((1..=2).contains(&p.locations.len()), "{who}");
            let region = LOCATIONS[p.locations[0]].region;
            assert!(
                p.locations.iter().all(|l| LOCATIONS[*l].region == region),
                "{who}"
            );
            assert!(p.approach < APPROACHES.len(), "{who}");
            // The multilingual sentence only for those who speak more than English.
            assert!(p.approach != 3 || !p.languages.is_empty(), "{who}");
            // The video sentence only for those who offer video visits.
            assert!(
                p.approach != 4 || !matches!(p.modes, Modes::InPerson),
                "{who}"
            );
            let list = credentials(i, p, "2026-11-25");
            assert!(
                list.iter().any(|c| c.kind == CredentialKind::Licence),
                "{who}"
            );
        }
    }

    #[test]
    fn no_two_providers_share_a_bio() {
        let mut seen = HashSet::new();
        for p in &PROVIDERS {
            let [en, ..] = bios(p);
            assert!(seen.insert(en.clone()), "{en}");
        }
    }

    #[test]
    fn stories_bend_the_right_credentials() {
        let of = |family: &str| {
            let (i, p) = PROVIDERS
                .iter()
                .enumerate()
                .find(|(_, p)| p.family == family)
                .unwrap();
            credentials(i, p, "2026-11-25")
        };
        let bennett = of("Bennett");
        let ny = bennett
            .iter()
            .find(|c| c.jurisdiction == Some("US-NY") && c.kind == CredentialKind::Licence)
            .unwrap();
        assert_eq!(
            (ny.valid_to.as_str(), ny.status),
            ("2026-11-24", "verified")
        );
        let il = bennett
            .iter()
            .find(|c| c.jurisdiction == Some("US-IL"))
            .unwrap();
        assert!(il.valid_to.as_str() > "2027-12-01");
        assert_eq!(of("Njoroge")[0].status, "pending");
        let volkov = of("Volkov");
        assert_eq!(
            (
                volkov[1].kind,
                volkov[1].status,
                volkov[1].valid_to.as_str()
            ),
            (CredentialKind::BoardCertification, "expired", "2026-10-26")
        );
        assert_eq!(of("Kowalski")[2].status, "revoked");
        assert_eq!(of("Okonkwo")[0].valid_to, "2026-12-07");
    }

    #[test]
    fn dea_numbers_carry_their_check_digit() {
        // The check digit is the last digit of d1 + d3 + d5 + 2 × (d2 + d4 + d6).
        let lee = &PROVIDERS[0];
        let number = dea_number(lee, 0);
        assert_eq!(number.len(), 9);
        assert!(number.starts_with("BL"));
        let d: Vec<u32> = number[2..]
            .chars()
            .map(|c| c.to_digit(10).unwrap())
            .collect();
        assert_eq!((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10, d[6]);
        assert!(dea_number(&PROVIDERS[6], 6).starts_with("MD"));
        assert!(dea_number(&PROVIDERS[21], 21).starts_with("BN"));
    }
}
