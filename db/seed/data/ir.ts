import type { L10n, SeedMarketData, SeedProduct, SeedRegion, SeedShop, SeedVariant } from "../types";

/* ------------------------------------------------------------------ helpers */

const FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
/** Western digits → Persian digits, "." → Persian decimal separator. */
const fa = (n: number | string): string =>
  String(n)
    .replace(/\d/g, (d) => FA_DIGITS.charAt(Number(d)))
    .replace(".", "٫");

/** "250 g" in four languages */
const grams = (n: number): L10n => ({ fa: `${fa(n)} گرم`, zh: `${n}克`, vi: `${n} g`, en: `${n} g` });
/** "5 kg" in four languages */
const kilos = (n: number): L10n => ({ fa: `${fa(n)} کیلوگرم`, zh: `${n}公斤`, vi: `${n} kg`, en: `${n} kg` });
/** glass jar of n grams */
const jar = (n: number): L10n => ({
  fa: `شیشه ${fa(n)} گرمی`,
  zh: `${n}克玻璃瓶`,
  vi: `Hũ thủy tinh ${n} g`,
  en: `${n} g glass jar`,
});
/** one-kilogram glass jar */
const JAR_1KG: L10n = { fa: "شیشه یک کیلوگرمی", zh: "1公斤玻璃瓶", vi: "Hũ thủy tinh 1 kg", en: "1 kg glass jar" };
/** one mesghal = 4.608 g, the traditional unit for selling saffron */
const MESGHAL: L10n = {
  fa: "یک مثقال (۴٫۶۰۸ گرم)",
  zh: "1米斯卡尔（4.608克）",
  vi: "1 mesghal (4,608 g)",
  en: "1 mesghal (4.608 g)",
};

const variant = (sku: string, label: L10n, priceMinor: number, stock: number, weightGrams: number): SeedVariant => ({
  sku,
  label,
  priceMinor,
  stock,
  weightGrams,
});

/* ------------------------------------------------------------------ regions */

const regions: SeedRegion[] = [
  {
    slug: "ir-south-khorasan",
    name: { fa: "خراسان جنوبی", zh: "南呼罗珊省", vi: "Nam Khorasan", en: "South Khorasan" },
    lat: 32.5,
    lng: 59.2,
    children: [
      {
        slug: "ir-sk-birjand",
        name: { fa: "بیرجند", zh: "比尔詹德", vi: "Birjand", en: "Birjand" },
        lat: 32.87,
        lng: 59.22,
        children: [
          {
            slug: "ir-sk-birjand-kharashad",
            name: { fa: "خراشاد", zh: "哈拉沙德", vi: "Kharashad", en: "Kharashad" },
            lat: 32.84,
            lng: 59.29,
          },
          {
            slug: "ir-sk-birjand-nowferest",
            name: { fa: "نوفرست", zh: "诺费雷斯特", vi: "Nowferest", en: "Nowferest" },
            lat: 32.72,
            lng: 59.42,
          },
          {
            slug: "ir-sk-birjand-kuch",
            name: { fa: "کوچ", zh: "库奇", vi: "Kuch", en: "Kuch" },
            lat: 32.82,
            lng: 59.34,
          },
        ],
      },
      {
        slug: "ir-sk-zirkuh",
        name: { fa: "زیرکوه", zh: "齐尔库赫", vi: "Zirkuh", en: "Zirkuh" },
        lat: 33.55,
        lng: 60.05,
        children: [
          {
            slug: "ir-sk-zirkuh-afin",
            name: { fa: "افین", zh: "阿芬", vi: "Afin", en: "Afin" },
            lat: 33.57,
            lng: 59.88,
          },
          {
            slug: "ir-sk-zirkuh-esfeden",
            name: { fa: "اسفدن", zh: "埃斯费登", vi: "Esfeden", en: "Esfeden" },
            lat: 33.7,
            lng: 59.85,
          },
        ],
      },
    ],
  },
  {
    slug: "ir-gilan",
    name: { fa: "گیلان", zh: "吉兰省", vi: "Gilan", en: "Gilan" },
    lat: 37.28,
    lng: 49.59,
    children: [
      {
        slug: "ir-gl-rasht",
        name: { fa: "رشت", zh: "拉什特", vi: "Rasht", en: "Rasht" },
        lat: 37.28,
        lng: 49.58,
        children: [
          {
            slug: "ir-gl-rasht-chaparkhaneh",
            name: { fa: "چاپارخانه", zh: "恰帕尔哈内", vi: "Chaparkhaneh", en: "Chaparkhaneh" },
            lat: 37.37,
            lng: 49.66,
          },
          {
            slug: "ir-gl-rasht-pasikhan",
            name: { fa: "پسیخان", zh: "帕西汗", vi: "Pasikhan", en: "Pasikhan" },
            lat: 37.24,
            lng: 49.52,
          },
        ],
      },
      {
        slug: "ir-gl-lahijan",
        name: { fa: "لاهیجان", zh: "拉希詹", vi: "Lahijan", en: "Lahijan" },
        lat: 37.2,
        lng: 50.0,
        children: [
          {
            slug: "ir-gl-lahijan-sheykhanbar",
            name: { fa: "شیخانبر", zh: "谢汗巴尔", vi: "Sheykhanbar", en: "Sheykhanbar" },
            lat: 37.2,
            lng: 50.05,
          },
          {
            slug: "ir-gl-lahijan-shekakom",
            name: { fa: "شکاکم", zh: "舍卡科姆", vi: "Shekakom", en: "Shekakom" },
            lat: 37.23,
            lng: 49.97,
          },
        ],
      },
      {
        slug: "ir-gl-rudbar",
        name: { fa: "رودبار", zh: "鲁德巴尔", vi: "Rudbar", en: "Rudbar" },
        lat: 36.82,
        lng: 49.42,
        children: [
          {
            slug: "ir-gl-rudbar-harzevil",
            name: { fa: "هرزویل", zh: "哈尔泽维尔", vi: "Harzevil", en: "Harzevil" },
            lat: 36.78,
            lng: 49.44,
          },
          {
            slug: "ir-gl-rudbar-halimehjan",
            name: { fa: "حلیمه‌جان", zh: "哈利梅詹", vi: "Halimehjan", en: "Halimehjan" },
            lat: 36.87,
            lng: 49.6,
          },
        ],
      },
    ],
  },
];

/* -------------------------------------------------------------------- shops */

const shops: SeedShop[] = [
  {
    slug: "rahimi-saffron-esfeden",
    market: "IR",
    village: "ir-sk-zirkuh-esfeden",
    name: {
      fa: "زعفران خانوادگی رحیمی",
      zh: "拉希米家庭藏红花",
      vi: "Nhụy nghệ tây gia đình Rahimi",
      en: "Rahimi Family Saffron",
    },
    story: {
      fa: "سه نسل از خانواده رحیمی در مزارع زعفرانی کار می‌کنند که با قنات قدیمی اسفدن در منطقه قائنات آبیاری می‌شود. هر آبان همه اعضای خانواده پیش از طلوع آفتاب گل‌ها را می‌چینند و همان روز رشته‌های سرخ را با دست جدا می‌کنند. کلاله‌ها با حرارت ملایم و آرام خشک و در خانه در قوطی‌های کوچک بسته‌بندی می‌شوند. دفتر پیشخوان روستا برچسب پستی بسته‌ها را چاپ می‌کند و خودروی پست هفته‌ای دو بار آن‌ها را تحویل می‌گیرد.",
      zh: "拉希米一家三代在加伊纳特地区的埃斯费登村种植藏红花，田地由古老的坎儿井灌溉。每年十一月，全家人在日出前采花，并在当天手工分出红色花丝。花丝用温和的热度慢慢烘干，在家中装入小铁盒。村里的乡村信息服务站（当地称“皮什汗”）帮他们打印邮寄标签，邮车每周上门收件两次。",
      vi: "Ba thế hệ nhà Rahimi chăm sóc những ruộng nghệ tây được tưới bằng mạch nước ngầm qanat cổ của làng Esfeden, thuộc vùng Qaenat. Mỗi tháng Mười Một, cả nhà hái hoa trước khi mặt trời mọc và tách sợi nhụy đỏ bằng tay ngay trong ngày. Nhụy được sấy chậm bằng nhiệt nhẹ rồi đóng vào hộp thiếc nhỏ tại nhà. Văn phòng dịch vụ công nghệ thông tin của làng (pishkhan) in nhãn bưu chính và xe bưu điện đến lấy hàng hai lần mỗi tuần.",
      en: "Three generations of the Rahimi family tend saffron fields watered by the old qanat of Esfeden, in the Qaenat region. Every November the whole family picks the flowers before sunrise and separates the red threads by hand on the same day. The threads are dried slowly over gentle heat and packed in small tins at home. The village pishkhan (rural ICT office) prints their postal labels, and the post van collects parcels twice a week.",
    },
    phone: "+989151234567",
  },
  {
    slug: "afin-barberry-women-coop",
    market: "IR",
    village: "ir-sk-zirkuh-afin",
    name: {
      fa: "تعاونی زنان زرشک افین",
      zh: "阿芬村小檗果妇女合作社",
      vi: "Hợp tác xã phụ nữ trồng hoàng liên gai Afin",
      en: "Afin Women's Barberry Cooperative",
    },
    story: {
      fa: "سی و دو زن از افین، روستایی که به باغ‌های زرشکش در سراسر ایران شناخته می‌شود، این تعاونی را در سال ۱۳۹۸ بنیان گذاشتند. در مهرماه شاخه‌های پربار را می‌برند، در سایه خشک می‌کنند و دانه‌ها را با دست جدا می‌کنند تا زرشک رنگ روشن و بافت نرم و پفکی خود را حفظ کند. اعضا از یک اتاق سورت و یک ترازوی مشترک استفاده می‌کنند و حساب‌های تعاونی را جوان‌ترین عضو روی لپ‌تاپ نگه می‌دارد. سفارش‌ها هر صبح بسته‌بندی و به دفتر خدمات پستی روستا سپرده می‌شوند.",
      zh: "阿芬村以小檗果园闻名全伊朗，村里三十二位妇女于2019年成立了这个合作社。每年十月，她们剪下挂满果实的枝条，在阴凉处晾干后手工摘下果粒，使果实保持鲜亮的颜色和蓬松柔软的口感。成员们共用一间分拣室和一台秤，合作社的账目由最年轻的成员在笔记本电脑上记录。订单每天早上打包，交给村里的邮政代办点寄出。",
      vi: "Ba mươi hai phụ nữ ở Afin, ngôi làng nổi tiếng khắp Iran với những vườn hoàng liên gai, đã lập hợp tác xã này vào năm 2019. Vào tháng Mười, họ cắt những cành trĩu quả, phơi trong bóng râm rồi tuốt từng quả bằng tay để quả giữ được màu đỏ tươi và độ xốp mềm. Các thành viên dùng chung một phòng phân loại và một chiếc cân, còn sổ sách do thành viên trẻ nhất ghi trên máy tính xách tay. Đơn hàng được đóng gói mỗi sáng và gửi qua điểm bưu chính của làng.",
      en: "Thirty-two women from Afin, a village known across Iran for its barberry orchards, founded this cooperative in 2019. In October they cut the fruit-laden branches, dry them in the shade and strip the berries by hand, so the fruit keeps its bright colour and soft, puffy texture. Members share a sorting room and a scale, and the youngest member keeps the accounts on a laptop. Orders are packed each morning and handed to the rural post agency in the village.",
    },
    phone: "+989153456721",
  },
  {
    slug: "kharashad-jujube-garden",
    market: "IR",
    village: "ir-sk-birjand-kharashad",
    name: { fa: "باغ عناب خراشاد", zh: "哈拉沙德红枣园", vi: "Vườn táo tàu Kharashad", en: "Kharashad Jujube Garden" },
    story: {
      fa: "محسن پس از تحصیل کشاورزی در مشهد و پنج سال کار در تهران، در سال ۱۴۰۱ به خراشاد برگشت تا باغ عناب و انجیر پدربزرگش را دوباره زنده کند. او درختان کهن را با آب قنات روستا آبیاری می‌کند، میوه‌ها را روی سینی‌های بلند پشت‌بام زیر آفتاب خشک می‌کند و همراه مادرش مربای عناب را در دیگ‌های کوچک می‌پزد. از هر برداشت برای فروشگاه عکس می‌گیرد و بسته‌ها را سر راه بازار به اداره پست بیرجند می‌سپارد.",
      zh: "穆赫森在马什哈德学习农学、又在德黑兰工作五年后，于2022年回到哈拉沙德村，让祖父的红枣和无花果园重焕生机。他用村里的坎儿井水浇灌老树，把果实摊在屋顶架高的晾晒盘上晒干，并和母亲一起小锅熬制红枣蜜饯。每次采收他都会为网店拍照，去集市的路上顺便把包裹送到比尔詹德邮局。",
      vi: "Sau khi học nông học ở Mashhad và làm việc năm năm ở Tehran, Mohsen trở về Kharashad vào năm 2022 để hồi sinh vườn táo tàu và sung của ông nội. Anh tưới những cây già bằng nước qanat của làng, phơi quả trên các khay đặt cao trên mái nhà và cùng mẹ nấu mứt táo tàu theo từng mẻ nhỏ. Mỗi vụ thu hoạch anh đều chụp ảnh cho cửa hàng và gửi bưu kiện ở bưu điện Birjand trên đường ra chợ.",
      en: "After studying agronomy in Mashhad and working five years in Tehran, Mohsen came home to Kharashad in 2022 to revive his grandfather's jujube and fig orchard. He waters the old trees from the village qanat, sun-dries the fruit on raised rooftop trays and cooks jujube preserve with his mother in small batches. He photographs every harvest for the shop and drops the parcels at the Birjand post office on his way to market.",
    },
    phone: "+989159876543",
  },
  {
    slug: "nowferest-qanat-garden",
    market: "IR",
    village: "ir-sk-birjand-nowferest",
    name: { fa: "باغ قنات نوفرست", zh: "诺费雷斯特坎儿井果园", vi: "Vườn qanat Nowferest", en: "Nowferest Qanat Garden" },
    story: {
      fa: "حسین و فاطمه صادقی در نوفرست، جنوب شرقی بیرجند، باغی محصور دارند که با قناتی آبیاری می‌شود که اهالی روستا با هم مرمتش کرده‌اند. میان درختان بادام و توت چند کرت زعفران دارند و بهار از تپه‌های بالای روستا آویشن شیرازی وحشی جمع می‌کنند. نوه‌شان فروشگاه اینترنتی را از دفتر پیشخوان روستا می‌گرداند و همان‌جا تحویل بسته‌ها به پست را هم هماهنگ می‌کند.",
      zh: "侯赛因和法蒂玛·萨德吉夫妇在比尔詹德东南的诺费雷斯特村经营一座围墙果园，灌溉用水来自村民合力修复的坎儿井。他们在扁桃树和桑树之间种了几小块藏红花，春天还到村子上方的山坡采集野生设拉子百里香。孙女在村里的乡村信息服务站打理网店，并在那里预约邮政上门取件。",
      vi: "Ông bà Hossein và Fatemeh Sadeghi canh tác một khu vườn có tường bao ở Nowferest, phía đông nam Birjand, được tưới bằng con qanat mà dân làng cùng nhau khôi phục. Giữa những hàng hạnh nhân và dâu tằm, họ trồng vài luống nghệ tây, và mùa xuân thì lên đồi phía trên làng hái cỏ xạ hương Shirazi mọc hoang. Cháu gái của họ quản lý cửa hàng trực tuyến từ văn phòng pishkhan của làng, nơi cũng đặt lịch cho bưu điện đến lấy hàng.",
      en: "Hossein and Fatemeh Sadeghi farm a walled garden in Nowferest, south-east of Birjand, fed by a qanat the villagers restored together. Between the almond and mulberry trees they keep a few plots of saffron, and in spring they gather wild Shirazi thyme on the hills above the village. Their granddaughter runs the online shop from the village pishkhan office, which also books the postal pickup.",
    },
    phone: "+989154417382",
  },
  {
    slug: "chaparkhaneh-hashemi-paddies",
    market: "IR",
    village: "ir-gl-rasht-chaparkhaneh",
    name: {
      fa: "شالیزار هاشمی چاپارخانه",
      zh: "恰帕尔哈内哈什米稻田",
      vi: "Ruộng lúa Hashemi Chaparkhaneh",
      en: "Chaparkhaneh Hashemi Paddies",
    },
    story: {
      fa: "خانواده گلزاری چهار هکتار شالیزار در چاپارخانه خمام دارند؛ روستایی که برنج هاشمی نخستین بار در آن به دست یک شالیکار محلی گزینش شد. آن‌ها بهار خزانه می‌گیرند، نشا را با دست می‌کارند و شلتوک را پیش از تبدیل در شالیکوبی کوچک روستا خشک می‌کنند. برنج به سفارش هر مشتری وکیوم می‌شود و از دفتر پست خمام ارسال می‌شود.",
      zh: "戈尔扎里一家在霍马姆附近的恰帕尔哈内村耕种四公顷稻田，哈什米大米正是由这个村的一位农民最早选育出来的。他们春天育秧、手工插秧，稻谷晾干后在村里的小碾米坊加工。大米按订单真空包装，从霍马姆邮局寄出。",
      vi: "Gia đình Golzari canh tác bốn héc-ta ruộng lúa ở Chaparkhaneh gần Khomam, ngôi làng nơi một nông dân địa phương lần đầu chọn lọc được giống gạo Hashemi. Họ ươm mạ vào mùa xuân, cấy tay, rồi phơi thóc cho khô trước khi xay ở một xưởng xay nhỏ trong làng. Gạo được hút chân không theo từng đơn và gửi đi từ bưu điện Khomam.",
      en: "The Golzari family farm four hectares of paddy in Chaparkhaneh near Khomam, the village where a local farmer first selected Hashemi rice. They raise seedlings in spring, transplant by hand and let the paddy dry before milling it at the small village mill. Rice is vacuum-packed to order and sent from the Khomam post office.",
    },
    phone: "+989111234589",
  },
  {
    slug: "sheykhanbar-tea-garden",
    market: "IR",
    village: "ir-gl-lahijan-sheykhanbar",
    name: { fa: "باغ چای شیخانبر", zh: "谢汗巴尔茶园", vi: "Đồi chè Sheykhanbar", en: "Sheykhanbar Tea Garden" },
    story: {
      fa: "در دامنه‌های سبز شرق لاهیجان، پایین بقعه شیخ زاهد گیلانی، خواهر و برادرهای امینی باغ چای دو هکتاری پدرشان را اداره می‌کنند. از اواخر بهار دو برگ و یک غنچه را با دست می‌چینند و برگ سبز را در یک کارخانه محلی مورد اعتماد در دسته‌های کوچک فرآوری می‌کنند تا هر محموله تا باغ خودشان قابل ردیابی باشد. اداره پست لاهیجان بسته‌ها را تحویل می‌گیرد و مشتریان می‌توانند پرسش‌هایشان را از طریق دفتر فناوری اطلاعات روستا مطرح کنند.",
      zh: "在拉希詹以东的青翠山坡上、谢赫·扎赫德·吉拉尼陵墓下方，阿米尼兄妹接手了父亲两公顷的茶园。他们从晚春起手工采摘一芽两叶，并在一家信得过的本地茶厂分小批加工，每一批茶都能追溯到自家茶园。拉希詹邮局上门收件，顾客也可以通过村里的信息服务站咨询。",
      vi: "Trên những sườn đồi xanh phía đông Lahijan, bên dưới lăng Sheikh Zahed Gilani, mấy anh chị em nhà Amini tiếp quản đồi chè hai héc-ta của cha. Từ cuối xuân, họ hái tay một tôm hai lá và đưa chè đến chế biến theo từng mẻ nhỏ ở một xưởng địa phương tin cậy, để mỗi lô đều truy được nguồn gốc về đồi chè nhà mình. Bưu điện Lahijan đến lấy hàng, còn khách có thể hỏi thông tin qua văn phòng công nghệ thông tin của làng.",
      en: "On the green slopes east of Lahijan, below the shrine of Sheikh Zahed Gilani, the Amini siblings took over their father's two-hectare tea garden. From late spring they pluck two leaves and a bud by hand and have the leaf processed in small lots at a local factory they trust, so every batch is traceable to their garden. The Lahijan post office collects their parcels, and customers can ask questions through the village ICT office.",
    },
    phone: "+989113327845",
  },
  {
    slug: "harzevil-olive-women-coop",
    market: "IR",
    village: "ir-gl-rudbar-harzevil",
    name: {
      fa: "تعاونی زنان زیتون هرزویل",
      zh: "哈尔泽维尔橄榄妇女合作社",
      vi: "Hợp tác xã phụ nữ ô liu Harzevil",
      en: "Harzevil Women's Olive Cooperative",
    },
    story: {
      fa: "در هرزویل، در سرزمین زیتون رودبار، بیست و یک زن زیتون و میوه باغ‌های خانوادگی‌شان را به فرآورده‌های سنتی گیلانی تبدیل می‌کنند. آن‌ها زیتون پرورده را با رب انار خانگی و گردو درست می‌کنند، بهار لواشک آلوچه می‌پزند و پاییز مربای فیجوا، و چند نفر از اعضا هم در دامنه‌ها زنبورداری می‌کنند. دفتر خدمات پستی روستا شیشه‌ها را در جعبه‌های ضربه‌گیر ارسال می‌کند.",
      zh: "在鲁德巴尔的橄榄之乡哈尔泽维尔村，二十一位妇女把自家的橄榄和果园水果做成吉兰传统风味。她们用自制石榴酱和核桃腌制“帕尔瓦尔德”橄榄，春天熬制酸李果丹皮，秋天煮费约果果酱，还有几位成员在山坡上养蜂。村里的邮政代办点用防震纸箱寄出她们的玻璃瓶。",
      vi: "Ở Harzevil, vùng đất ô liu của Rudbar, hai mươi mốt phụ nữ biến ô liu và trái cây trong vườn nhà thành những món đặc sản truyền thống của Gilan. Họ làm ô liu trộn kiểu parvardeh với sốt lựu tự nấu và quả óc chó, làm lavashak mận chua vào mùa xuân, nấu mứt feijoa vào mùa thu, và vài thành viên còn nuôi ong trên sườn đồi. Điểm bưu chính của làng gửi các hũ hàng trong hộp có đệm chống va đập.",
      en: "In Harzevil, in the olive country of Rudbar, twenty-one women turn their families' olives and orchard fruit into traditional Gilan preserves. They make zeytun parvardeh with home-made pomegranate paste and walnuts, roll sour plum lavashak in spring and cook feijoa jam in autumn, and several members keep bees on the hillsides. The rural post agency in the village ships their jars in padded boxes.",
    },
    phone: "+989117654320",
  },
];

/* ----------------------------------------------------------- certifications */

const IRAN_NATIONAL_STANDARD: L10n = {
  fa: "نشان استاندارد ملی ایران",
  zh: "伊朗国家标准认证标志",
  vi: "Dấu tiêu chuẩn quốc gia Iran",
  en: "Iranian National Standard mark",
};
const QAENAT_SAFFRON_GI: L10n = {
  fa: "نشان جغرافیایی زعفران قائنات",
  zh: "加伊纳特藏红花地理标志",
  vi: "Chỉ dẫn địa lý nghệ tây Qaenat",
  en: "Qaenat saffron — geographical indication",
};

/* ----------------------------------------------------------------- products */

const products: SeedProduct[] = [
  /* ---------------------------------------------- South Khorasan: Rahimi family, Esfeden */
  {
    slug: "qaenat-sargol-saffron",
    shop: "rahimi-saffron-esfeden",
    category: "saffron",
    originVillage: "ir-sk-zirkuh-esfeden",
    harvestedOn: "2025-11-08",
    certificationKind: "gi",
    certification: QAENAT_SAFFRON_GI,
    name: {
      fa: "زعفران سرگل قائنات",
      zh: "加伊纳特“萨尔戈尔”纯红藏红花",
      vi: "Nhụy nghệ tây Sargol Qaenat",
      en: "Qaenat Sargol Saffron",
    },
    summary: {
      fa: "کلاله‌های تمام‌سرخ زعفران اسفدن که در روز برداشت با دست جدا شده‌اند.",
      zh: "埃斯费登纯红藏红花丝，采摘当天手工分拣。",
      vi: "Sợi nhụy đỏ thuần từ Esfeden, được tách bằng tay ngay trong ngày hái.",
      en: "All-red saffron threads from Esfeden, hand-separated on the day of picking.",
    },
    description: {
      fa: "سرگل سرِ سرخ و پررنگ کلاله است و هیچ بخش زردی ندارد؛ به همین دلیل بیشترین رنگ‌دهی و عطری عسلی با تلخی ملایم دارد. گل‌ها سحرگاه آبان چیده می‌شوند و کلاله‌ها همان روز جدا و با حرارت کم به‌آرامی خشک می‌شوند. کمی از آن را با یک حبه قند بسایید، ده دقیقه در چند قاشق آب داغ دم کنید و به پلو، خورش یا دسر اضافه کنید. قوطی را دربسته و دور از نور و گرما نگه دارید.",
      zh: "“萨尔戈尔”是柱头顶端深红色的部分，不含黄色花柱，因此着色力最强，香气带有蜂蜜味和淡淡的苦韵。十一月清晨采花，当天分出花丝，再用低温慢慢烘干。取少许与一块方糖一同研碎，用几勺热水浸泡十分钟，即可加入米饭、炖菜或甜点。请密封保存，避光避热。",
      vi: "Sargol là phần đầu nhụy đỏ thẫm, không lẫn phần vòi màu vàng, nên cho màu đậm nhất và hương thơm như mật ong với vị đắng nhẹ. Hoa được hái lúc bình minh tháng Mười Một, nhụy được tách ngay trong ngày rồi sấy chậm ở nhiệt độ thấp. Giã một nhúm nhụy với một viên đường, ngâm trong vài thìa nước nóng khoảng mười phút rồi cho vào cơm, món hầm hoặc món tráng miệng. Đậy kín hộp, để nơi tránh ánh sáng và nhiệt.",
      en: "Sargol is the deep-red tip of the stigma with no yellow style, so it gives the strongest colour and a honeyed, slightly bitter aroma. The flowers are picked at dawn in November, and the threads are separated the same day and dried slowly over low heat. Grind a pinch with a sugar cube, steep it in a few spoons of hot water for ten minutes and add it to rice, stews or desserts. Keep the tin closed, away from light and heat.",
    },
    variants: [
      variant("IR-SAF-SARGOL-1G", grams(1), 3000000, 120, 40),
      variant("IR-SAF-SARGOL-MSQ", MESGHAL, 13000000, 80, 55),
      variant("IR-SAF-SARGOL-10G", grams(10), 27500000, 30, 90),
    ],
    featured: true,
  },
  {
    slug: "qaenat-negin-saffron",
    shop: "rahimi-saffron-esfeden",
    category: "saffron",
    originVillage: "ir-sk-zirkuh-esfeden",
    harvestedOn: "2025-11-05",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "زعفران نگین", zh: "“内金”长丝藏红花", vi: "Nhụy nghệ tây Negin", en: "Negin Saffron" },
    summary: {
      fa: "رشته‌های بلند، ضخیم و تمام‌سرخ؛ ممتازترین درجه زعفران برداشت ما.",
      zh: "花丝长而粗、通体红色，是我们收成中最上乘的等级。",
      vi: "Sợi nhụy dài, dày, đỏ trọn: loại hảo hạng nhất trong vụ thu hoạch của chúng tôi.",
      en: "Long, thick, all-red threads kept whole: the showpiece grade of our harvest.",
    },
    description: {
      fa: "نگین بلندترین و ضخیم‌ترین کلاله‌هاست که درست بالای بخش زرد قیچی می‌شود و رشته‌ها کامل و پهن می‌مانند؛ هم زیباست و هم خوش‌طعم. قدرت رنگ‌دهی آن هم‌پای سرگل است و عطری پُرتر و گل‌مانندتر دارد. چون رشته‌ها درشت‌اند، پیش از افزودن به غذا کمی بیشتر، حدود پانزده دقیقه، دم کنید. در ظرف دربسته و جای خنک و تاریک نگه دارید و تا دو سال مصرف کنید.",
      zh: "“内金”是最长最粗的柱头，在黄色花柱上方剪下，花丝完整平展，外观与风味俱佳。着色力与“萨尔戈尔”相当，花香更加饱满。由于花丝较大，加入菜肴前请多浸泡一会儿，约十五分钟。请密封置于阴凉避光的橱柜中，两年内食用。",
      vi: "Negin là những sợi nhụy dài và dày nhất, được cắt ngay phía trên phần vòi màu vàng và giữ nguyên sợi phẳng, nên vừa đẹp mắt vừa thơm ngon. Khả năng tạo màu ngang với Sargol, còn hương hoa thì đậm đà hơn. Vì sợi to, hãy ngâm lâu hơn một chút, khoảng mười lăm phút, trước khi cho vào món ăn. Bảo quản kín trong tủ mát, tối và dùng trong vòng hai năm.",
      en: "Negin threads are the longest and thickest stigmas, trimmed just above the yellow style and kept whole and flat, so they look as good as they taste. Their colouring strength matches sargol, with a fuller, more floral aroma. Because the threads are large, steep them a little longer, about fifteen minutes, before adding them to a dish. Store airtight in a cool, dark cupboard and use within two years.",
    },
    variants: [
      variant("IR-SAF-NEGIN-1G", grams(1), 3300000, 60, 40),
      variant("IR-SAF-NEGIN-MSQ", MESGHAL, 14500000, 40, 55),
      variant("IR-SAF-NEGIN-10G", grams(10), 30500000, 15, 90),
    ],
  },
  {
    slug: "qaenat-pushal-saffron",
    shop: "rahimi-saffron-esfeden",
    category: "saffron",
    originVillage: "ir-sk-zirkuh-esfeden",
    harvestedOn: "2025-11-12",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "زعفران پوشال", zh: "带花柱藏红花“普沙尔”", vi: "Nhụy nghệ tây Pushal", en: "Pushal Saffron" },
    summary: {
      fa: "کلاله‌های سرخ همراه با کمی از بخش زرد؛ زعفرانی برای مصرف روزانه با قیمتی مناسب‌تر.",
      zh: "红色花丝连带少许黄色花柱，价格更亲民的日常藏红花。",
      vi: "Sợi nhụy đỏ kèm một ít phần vòi vàng: nghệ tây dùng hằng ngày với giá dễ chịu hơn.",
      en: "Red threads with a little yellow style attached: honest everyday saffron at a gentler price.",
    },
    description: {
      fa: "در پوشال دو تا سه میلی‌متر از بخش زرد کلاله کنار هر رشته سرخ باقی می‌ماند که نشانه اصالت زعفران است و رنگی ملایم‌تر و عطری گرد و علفی به آن می‌دهد. این زعفران با همان دست‌ها و همان روش خشک کردن آرامِ سرگل ما آماده می‌شود. آن را با دست‌ودل‌بازی در پلو، سوپ و شله‌زرد به کار ببرید. در همان قوطی، کاملاً دربسته و دور از نور نگه دارید.",
      zh: "“普沙尔”在每根红色花丝上保留两三毫米的浅色花柱，这是真品藏红花的标志，颜色更柔和，带有圆润的干草香。它与我们的“萨尔戈尔”由同一双手分拣，并用同样的慢速方法烘干。可大方地用于米饭、汤品和藏红花米布丁。请放在原装铁盒中密封避光保存。",
      vi: "Pushal giữ lại hai đến ba milimét phần vòi nhạt màu trên mỗi sợi nhụy đỏ, dấu hiệu cho thấy nghệ tây là hàng thật, cho màu dịu hơn và hương thơm tròn vị như cỏ khô. Loại này được tách và sấy bởi cùng những đôi tay và cùng phương pháp sấy chậm như Sargol của chúng tôi. Hãy dùng thoải mái cho cơm, súp và món chè sholeh zard. Giữ trong hộp thiếc, đậy thật kín và tránh ánh sáng.",
      en: "Pushal keeps two or three millimetres of the pale style on each red thread, which shows the saffron is genuine and gives it a softer colour and a rounder, hay-like aroma. It is separated and dried by the same hands and the same slow method as our sargol. Use it generously in rice, soups and sholeh zard. Keep it in its tin, tightly closed and away from light.",
    },
    variants: [
      variant("IR-SAF-PUSHAL-1G", grams(1), 2600000, 90, 40),
      variant("IR-SAF-PUSHAL-MSQ", MESGHAL, 11500000, 60, 55),
      variant("IR-SAF-PUSHAL-10G", grams(10), 24000000, 25, 90),
    ],
  },
  {
    slug: "saffron-petal-tea",
    shop: "rahimi-saffron-esfeden",
    category: "tea",
    originVillage: "ir-sk-zirkuh-esfeden",
    harvestedOn: "2025-11-10",
    name: { fa: "دمنوش گلبرگ زعفران", zh: "藏红花花瓣茶", vi: "Trà cánh hoa nghệ tây", en: "Saffron Petal Tea" },
    summary: {
      fa: "گلبرگ‌های بنفش زعفران خشک‌شده در سایه برای دمنوشی سبک و لطیف.",
      zh: "阴干的紫色藏红花花瓣，冲泡出清淡柔和的花草茶。",
      vi: "Cánh hoa nghệ tây tím phơi khô trong bóng râm, pha thành trà thảo mộc nhẹ và thơm dịu.",
      en: "Shade-dried purple saffron petals for a light, gently floral herbal infusion.",
    },
    description: {
      fa: "پس از جدا کردن کلاله‌های سرخ، گلبرگ‌های بنفش را نگه می‌داریم، در سایه خشک می‌کنیم و گرد و خاکشان را الک می‌کنیم. اگر پنج دقیقه در آبی که تازه از جوش افتاده دم بکشد، دمنوشی طلایی کم‌رنگ با طعمی گلی، کمی شیرین و بدون کافئین می‌دهد. در صورت تمایل یک دانه هل یا کمی نبات اضافه کنید. بسته را دربسته و در جای خشک نگه دارید.",
      zh: "分出红色花丝后，我们保留紫色花瓣，在阴凉处晾干并筛去灰尘。用刚离火的热水冲泡五分钟，茶汤呈淡金色，花香柔和、略带甜味，且不含咖啡因。可按喜好加一颗小豆蔻或少许冰糖。请将袋子密封，存放在干燥处。",
      vi: "Sau khi tách sợi nhụy đỏ, chúng tôi giữ lại cánh hoa màu tím, phơi khô trong bóng râm và sàng sạch bụi. Hãm trong nước vừa sôi khoảng năm phút sẽ được nước trà màu vàng nhạt, hương hoa dịu, hơi ngọt và không có caffeine. Có thể thêm một quả bạch đậu khấu hoặc chút đường phèn tùy thích. Bảo quản túi kín ở nơi khô ráo.",
      en: "After the red threads are removed, we keep the violet petals, dry them in the shade and sift out any dust. Brewed for five minutes in water just off the boil, they give a pale golden, caffeine-free infusion with a soft floral, slightly sweet taste. Add a cardamom pod or a little rock candy if you like. Store the pouch sealed in a dry place.",
    },
    variants: [
      variant("IR-SAF-PETAL-30G", grams(30), 900000, 150, 80),
      variant("IR-SAF-PETAL-60G", grams(60), 1700000, 90, 130),
    ],
  },

  /* ------------------------------------- South Khorasan: Afin women's barberry cooperative */
  {
    slug: "afin-seedless-pofaki-barberry",
    shop: "afin-barberry-women-coop",
    category: "barberry",
    originVillage: "ir-sk-zirkuh-afin",
    harvestedOn: "2025-10-20",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: {
      fa: "زرشک پفکی بی‌دانه افین",
      zh: "阿芬无籽蓬松小檗果",
      vi: "Hoàng liên gai không hạt Pofaki Afin",
      en: "Afin Seedless Pofaki Barberry",
    },
    summary: {
      fa: "زرشک بی‌دانه خشک‌شده در سایه، نرم و سرخ روشن، از پایتخت زرشک ایران.",
      zh: "阴干无籽小檗果，柔软鲜红，产自伊朗的小檗果之乡。",
      vi: "Hoàng liên gai không hạt phơi trong bóng râm, mềm và đỏ tươi, từ thủ phủ hoàng liên gai Iran.",
      en: "Shade-dried seedless barberries, soft and bright red, from the barberry capital of Iran.",
    },
    description: {
      fa: "پفکی یعنی پف‌دار؛ شاخه‌ها آرام در سایه خشک می‌شوند تا دانه‌ها به‌جای تیره شدن، پُر، نرم و سرخ روشن بمانند. طعمی ترش و تند با شیرینی میوه‌ای دارد که به پلوها جان می‌دهد. کوتاه بشویید، یک دقیقه با کمی کره و شکر تفت دهید و روی زرشک‌پلو یا سالاد بریزید. برای حفظ رنگ تا یک سال، در یخچال یا فریزر نگه دارید.",
      zh: "“蓬松”指的是枝条在阴凉处慢慢晾干，果粒因此饱满柔软、颜色鲜红，不会变暗。味道酸爽，带有果香甜味，能让米饭菜肴立刻鲜活起来。稍加冲洗，用黄油加少许糖炒一分钟，撒在小檗果饭或沙拉上。冷藏或冷冻保存，可保持色泽一年。",
      vi: "Pofaki nghĩa là “xốp phồng”: cành được phơi chậm trong bóng râm nên quả vẫn căng, mềm và đỏ tươi thay vì sẫm màu. Vị chua gắt xen chút ngọt của trái cây, làm bừng sáng các món cơm. Rửa nhanh, đảo một phút với bơ và chút đường rồi rắc lên cơm zereshk polo hoặc món salad. Bảo quản trong ngăn mát hoặc ngăn đá để giữ màu đến một năm.",
      en: "Pofaki means “puffy”: the branches are dried slowly in the shade, so the berries stay plump, soft and bright red instead of turning dark. The flavour is sharply sour with a fruity sweetness that wakes up rice dishes. Rinse briefly, fry for a minute in butter with a pinch of sugar and scatter over zereshk polo or salads. Keep in the fridge or freezer to hold the colour for a year.",
    },
    variants: [
      variant("IR-BRB-POFAKI-250G", grams(250), 2300000, 200, 290),
      variant("IR-BRB-POFAKI-500G", grams(500), 4500000, 150, 540),
      variant("IR-BRB-POFAKI-1KG", kilos(1), 8800000, 60, 1060),
    ],
    featured: true,
  },
  {
    slug: "afin-anari-barberry",
    shop: "afin-barberry-women-coop",
    category: "barberry",
    originVillage: "ir-sk-zirkuh-afin",
    harvestedOn: "2025-10-25",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "زرشک اناری", zh: "石榴籽型小檗果", vi: "Hoàng liên gai Anari", en: "Anari Barberry" },
    summary: {
      fa: "زرشک بی‌دانه درشت و براق شبیه دانه انار؛ ممتازترین زرشک ما.",
      zh: "果粒大而有光泽、形似石榴籽的无籽小檗果，我们的精选等级。",
      vi: "Hoàng liên gai không hạt quả to, bóng như hạt lựu: loại thượng hạng của chúng tôi.",
      en: "Large, glossy seedless barberries that look like pomegranate seeds: our premium sort.",
    },
    description: {
      fa: "زرشک اناری درشت‌ترین دانه‌های برداشت است که با دست از خوشه جدا و سورت می‌شود تا فقط دانه‌های پُر و براق باقی بمانند. گوشتی‌تر و کمی کم‌ترش‌تر از پفکی است و هم برای خوردن خالی و هم برای پخت‌وپز مناسب است. آن را در پلو، مرغ شکم‌پر یا کوکو بریزید یا مشتی را در آب ولرم خیس کنید و شربتی سریع بسازید. در ظرف دربسته و در یخچال نگه دارید.",
      zh: "石榴籽型小檗果是收成中最大的果粒，手工从果穗上摘下并分拣，只留下饱满光亮的果实。果肉比蓬松型更厚，酸味稍淡，既可直接食用，也适合烹饪。可加入米饭、酿鸡或伊朗香草蛋饼，也可抓一把用温水泡成快手果汁饮。请密封冷藏保存。",
      vi: "Anari là những quả to nhất trong vụ, được tuốt khỏi chùm bằng tay và phân loại kỹ để chỉ giữ lại quả căng, bóng. Thịt quả dày hơn và bớt chua hơn loại pofaki, nên vừa ăn trực tiếp vừa nấu ăn đều ngon. Cho vào cơm, gà nhồi hoặc món trứng kuku, hoặc ngâm một nắm trong nước ấm để pha nhanh một ly sharbat. Bảo quản kín trong ngăn mát.",
      en: "Anari barberries are the largest berries of the harvest, stripped from the clusters by hand and sorted so that only full, glossy fruit remains. They are fleshier and slightly less sour than pofaki, good for eating on their own as well as for cooking. Use them in rice, stuffed chicken or kuku, or soak a handful in warm water for a quick sharbat. Store airtight in the fridge.",
    },
    variants: [
      variant("IR-BRB-ANARI-250G", grams(250), 2600000, 120, 290),
      variant("IR-BRB-ANARI-500G", grams(500), 5000000, 90, 540),
      variant("IR-BRB-ANARI-1KG", kilos(1), 9800000, 40, 1060),
    ],
  },
  {
    slug: "afin-barberry-paste",
    shop: "afin-barberry-women-coop",
    category: "preserves",
    originVillage: "ir-sk-zirkuh-afin",
    harvestedOn: "2025-10-28",
    name: { fa: "رب زرشک خانگی", zh: "小檗果酸酱", vi: "Sốt chua hoàng liên gai", en: "Barberry Paste" },
    summary: {
      fa: "رب غلیظ و ملس زرشک پخته، تهیه‌شده در تعاونی بدون رنگ افزودنی.",
      zh: "小檗果熬成的浓稠酸酱，合作社自制，不添加色素。",
      vi: "Sốt đặc, chua thanh từ hoàng liên gai nấu chín, do hợp tác xã làm, không thêm phẩm màu.",
      en: "Thick, tangy paste of cooked barberries, made by the cooperative with no added colour.",
    },
    description: {
      fa: "دانه‌هایی که برای سورت کوچک‌اند با کمی نمک می‌جوشند، از صافی رد می‌شوند و در دیگ مسی به‌آرامی می‌پزند تا غلیظ و براق شوند. این رب ترش، روشن و میوه‌ای است و در خورش، مرینیت و سس جای تمرهندی یا لیمو را خوب پر می‌کند. یک قاشق در خورش بریزید یا با روغن زیتون و سیر برای مرغ کبابی مخلوط کنید. پس از باز کردن در یخچال نگه دارید و از قاشق تمیز استفاده کنید.",
      zh: "分拣时挑出的小果粒加少许盐煮软，过筛后在铜锅里慢慢收浓，直到浓稠发亮。这款酸酱酸味明亮、果香浓郁，可在炖菜、腌料和调味汁中替代罗望子或柠檬。炖菜时舀一勺进去，或与橄榄油和大蒜拌匀腌制烤鸡。开封后请冷藏，并使用干净的勺子。",
      vi: "Những quả quá nhỏ để phân loại được ninh với chút muối, lọc qua rây rồi cô chậm trong nồi đồng cho đến khi sánh và bóng. Sốt có vị chua tươi, thơm mùi trái cây, có thể thay me hoặc chanh trong món hầm, nước ướp và nước trộn. Khuấy một thìa vào món khoresh hoặc trộn với dầu ô liu và tỏi để ướp gà nướng. Sau khi mở nắp hãy để ngăn mát và dùng thìa sạch.",
      en: "Berries too small for sorting are simmered with a little salt, pressed through a sieve and slowly reduced in a copper pot until thick and glossy. The paste is bright, sour and fruity, a good stand-in for tamarind or lemon in stews, marinades and dressings. Stir a spoonful into a khoresh, or mix it with olive oil and garlic for grilled chicken. Refrigerate after opening and use a clean spoon.",
    },
    variants: [variant("IR-BRB-PASTE-450G", jar(450), 1600000, 100, 720)],
  },
  {
    slug: "afin-wild-black-cumin",
    shop: "afin-barberry-women-coop",
    category: "spices",
    originVillage: "ir-sk-zirkuh-afin",
    harvestSeason: "summer",
    name: { fa: "زیره سیاه کوهی", zh: "野生黑孜然", vi: "Thì là đen mọc hoang", en: "Wild Black Cumin" },
    summary: {
      fa: "زیره سیاه وحشی که با دست از کوه‌های اطراف افین جمع شده؛ دانه‌ریز با عطری عمیق و شیرین.",
      zh: "阿芬周边山区手工采集的野生黑孜然，籽粒细小，香气浓郁甘甜。",
      vi: "Thì là đen mọc hoang hái tay trên đồi quanh Afin, hạt nhỏ, hương thơm sâu và ngọt.",
      en: "Hand-gathered wild black cumin from the hills around Afin: small seeds with a deep, sweet aroma.",
    },
    description: {
      fa: "زیره سیاه در دامنه‌های سنگی اطراف روستا خودرو می‌روید و اعضا اوایل تابستان سرشاخه‌های بذردار را جمع می‌کنند و با دست می‌کوبند. از زیره سبز معمولی ریزتر و شیرین‌تر است و عطری گرم با ته‌مایه‌ای دودی دارد. برای کلم‌پلو، ماست و نان کمی تفت دهید یا یک نیشگون به سوپ عدس بزنید. ظرف را دربسته و دور از آفتاب نگه دارید.",
      zh: "黑孜然野生于村子周围的石坡上，成员们在初夏采收结籽的花序并手工脱粒。它比普通孜然更细小、更甘甜，带有温暖而略带烟熏的香气。稍微烘香后可用于卷心菜饭、酸奶蘸酱和面包，或在扁豆汤里撒上一小撮。请密封瓶子，避免阳光直射。",
      vi: "Thì là đen mọc hoang trên các sườn đồi đá quanh làng; các thành viên hái những cụm hạt vào đầu hè và đập lấy hạt bằng tay. Hạt nhỏ và ngọt hơn thì là Ai Cập thông thường, với hương ấm và thoang thoảng mùi khói. Rang sơ để nấu cơm bắp cải kalam polo, làm sốt sữa chua và nướng bánh mì, hoặc rắc một nhúm vào súp đậu lăng. Đậy kín lọ và để tránh ánh nắng.",
      en: "Black cumin grows wild on the stony slopes around the village; members gather the seed heads in early summer and thresh them by hand. It is finer and sweeter than common cumin, with a warm, slightly smoky note. Toast it lightly for kalam polo, yoghurt dips and bread, or add a pinch to lentil soup. Keep the jar closed and out of the sun.",
    },
    variants: [
      variant("IR-SPC-BLKCUMIN-100G", grams(100), 2200000, 80, 160),
      variant("IR-SPC-BLKCUMIN-250G", grams(250), 5200000, 40, 340),
    ],
  },

  /* ------------------------------------------- South Khorasan: Kharashad jujube garden */
  {
    slug: "kharashad-dried-jujube",
    shop: "kharashad-jujube-garden",
    category: "jujube",
    originVillage: "ir-sk-birjand-kharashad",
    harvestedOn: "2025-09-28",
    name: { fa: "عناب خشک خراشاد", zh: "哈拉沙德红枣干", vi: "Táo tàu sấy Kharashad", en: "Kharashad Dried Jujube" },
    summary: {
      fa: "عناب آفتاب‌خشک از درختان کهن قنات‌آبی؛ نرم و جویدنی، شیرین مثل خرما با پوستی ملس.",
      zh: "古老坎儿井灌溉的枣树结出的晒干红枣，软糯耐嚼，甜如椰枣，枣皮微酸。",
      vi: "Táo tàu phơi nắng từ những cây già tưới nước qanat: dẻo, ngọt như chà là, vỏ hơi chua.",
      en: "Sun-dried jujubes from old qanat-watered trees: chewy and date-sweet with a tart skin.",
    },
    description: {
      fa: "محسن عناب‌ها را اوایل پاییز، وقتی به رنگ قرمز تیره درمی‌آیند، می‌چیند و حدود دو هفته روی سینی‌های بلند پشت‌بام خشک می‌کند و با دست زیرورو می‌کند. گوشت میوه مثل خرما شیرین و جویدنی می‌شود و پوست نازکش ترشی ملایمی نگه می‌دارد. به‌عنوان تنقلات بخورید، با دارچین برای نوشیدنی گرم زمستانی بجوشانید یا به سوپ اضافه کنید. در جای خنک و خشک، و در تابستان در یخچال نگه دارید.",
      zh: "初秋枣子变成深红褐色时，穆赫森把它们摘下，在屋顶架高的晾晒盘上晒大约两周，并手工翻动。果肉变得像椰枣一样甜而有嚼劲，薄薄的枣皮保留一丝微酸。可直接当零食，也可与肉桂同煮成冬日暖饮，或加入汤中。请存放在阴凉干燥处，夏季冷藏。",
      vi: "Đầu thu, khi quả chuyển màu nâu đỏ sẫm, Mohsen hái táo và phơi khoảng hai tuần trên các khay đặt cao trên mái, trở bằng tay. Thịt quả trở nên dẻo và ngọt như chà là, còn lớp vỏ mỏng vẫn giữ vị chua nhẹ. Ăn như món ăn vặt, nấu với quế thành thức uống ấm mùa đông, hoặc cho vào súp. Bảo quản nơi khô mát, mùa hè thì để ngăn mát.",
      en: "Mohsen picks the jujubes in early autumn, when they turn deep mahogany, and dries them for about two weeks on raised rooftop trays, turning them by hand. The flesh becomes chewy and sweet like a date, while the thin skin keeps a gentle tartness. Eat them as a snack, simmer them with cinnamon for a warming winter drink, or add them to soups. Store in a cool, dry place, or in the fridge in summer.",
    },
    variants: [
      variant("IR-JUJ-DRIED-500G", grams(500), 1500000, 180, 540),
      variant("IR-JUJ-DRIED-1KG", kilos(1), 2900000, 90, 1050),
    ],
    featured: true,
  },
  {
    slug: "kharashad-jujube-preserve",
    shop: "kharashad-jujube-garden",
    category: "preserves",
    originVillage: "ir-sk-birjand-kharashad",
    harvestedOn: "2025-10-05",
    name: { fa: "مربای عناب", zh: "红枣蜜饯", vi: "Mứt táo tàu", en: "Jujube Preserve" },
    summary: {
      fa: "عناب کامل که با شربت سبک و هل به دست مادر محسن آرام پخته شده است.",
      zh: "穆赫森的母亲用清淡糖浆和小豆蔻慢煮的整颗红枣蜜饯。",
      vi: "Táo tàu nguyên quả nấu chậm trong siro nhẹ với bạch đậu khấu, do mẹ của Mohsen làm.",
      en: "Whole jujubes slow-cooked in light syrup with cardamom by Mohsen's mother.",
    },
    description: {
      fa: "عناب تازه و نیمه‌رسیده را سوراخ می‌کنیم، یک شب خیس می‌دهیم و در شربت سبک شکر با هل سبز آرام می‌پزیم تا شربت یاقوتی شود. میوه لطیف و کمی ترد می‌ماند و طعمی میان سیب و خرما دارد. با نان و کره صبحانه، روی ماست یا کنار چای میل کنید. پس از باز کردن در یخچال نگه دارید.",
      zh: "将新鲜半熟的红枣扎孔、浸泡一夜，再与绿豆蔻一起在清淡糖浆中慢煮，直到糖浆变成宝石红。枣肉软嫩中带一点脆劲，味道介于苹果和椰枣之间。可搭配早餐面包和黄油、拌酸奶，或配茶享用。开封后请冷藏。",
      vi: "Táo tàu tươi vừa chín tới được châm lỗ, ngâm qua đêm rồi ninh chậm trong siro đường loãng với bạch đậu khấu xanh cho đến khi siro chuyển màu đỏ hồng ngọc. Quả vẫn mềm, hơi giòn, vị nằm giữa táo tây và chà là. Dùng với bánh mì và bơ bữa sáng, rưới lên sữa chua hoặc ăn kèm trà. Sau khi mở nắp hãy bảo quản trong ngăn mát.",
      en: "Fresh, half-ripe jujubes are pricked, soaked overnight and simmered slowly in a light sugar syrup with green cardamom until the syrup turns ruby red. The fruit stays tender with a soft bite and a taste between apple and date. Serve with bread and butter at breakfast, on yoghurt, or alongside tea. Refrigerate after opening.",
    },
    variants: [variant("IR-JUJ-PRESERVE-450G", jar(450), 1800000, 70, 760)],
  },
  {
    slug: "kharashad-dried-figs",
    shop: "kharashad-jujube-garden",
    category: "dried-fruit",
    originVillage: "ir-sk-birjand-kharashad",
    harvestedOn: "2025-08-28",
    name: { fa: "انجیر خشک خراشاد", zh: "哈拉沙德无花果干", vi: "Sung sấy Kharashad", en: "Kharashad Dried Figs" },
    summary: {
      fa: "انجیرهای ریز و عسلی که کامل روی پشت‌بام خشک شده‌اند؛ نرم با دانه‌های ترد.",
      zh: "屋顶上整颗晒干的小无花果，甜如蜂蜜，内里柔软，籽粒脆香。",
      vi: "Sung nhỏ ngọt như mật, phơi nguyên quả trên mái nhà, ruột mềm với hạt giòn.",
      en: "Small, honey-sweet figs dried whole on the roof, soft inside with crunchy seeds.",
    },
    description: {
      fa: "درختان کهن انجیر باغ میوه‌ای ریز و نازک‌پوست می‌دهند که اواخر تابستان کاملاً رسیده چیده و کامل زیر آفتاب خشک می‌شود. این انجیرها شیرینی عمیقی با طعم عسل و کارامل و دانه‌هایی ترد و دلپذیر دارند. با گردو و پنیر بخورید، خردشده به فرنی اضافه کنید یا یک شب خیس کنید و صبحانه بخورید. در ظرف دربسته و جای خنک نگه دارید.",
      zh: "园中的老无花果树结出个小皮薄的果实，我们在夏末等它完全成熟后采摘，整颗晒干。果干甜味浓郁，带有蜂蜜和焦糖风味，籽粒脆脆的。可配核桃和奶酪食用，切碎加入麦片粥，或浸泡一夜作为温和的早餐。请装入密封罐，放在阴凉处。",
      vi: "Những cây sung già trong vườn cho quả nhỏ, vỏ mỏng; chúng tôi hái khi quả chín hẳn vào cuối hè và phơi nguyên quả dưới nắng. Sung khô có vị ngọt đậm, thoảng mùi mật ong và caramel, hạt giòn thú vị. Ăn cùng quả óc chó và phô mai, thái nhỏ cho vào cháo yến mạch, hoặc ngâm qua đêm cho bữa sáng nhẹ nhàng. Bảo quản trong hũ kín ở nơi thoáng mát.",
      en: "The old fig trees in the garden give small, thin-skinned fruit that we pick fully ripe in late summer and dry whole in the sun. The figs are deeply sweet, with honey and caramel notes and a pleasant crunch of seeds. Eat them with walnuts and cheese, chop them into porridge, or soak them overnight for a gentle breakfast. Keep in an airtight jar in a cool place.",
    },
    variants: [
      variant("IR-FIG-DRIED-500G", grams(500), 2500000, 100, 540),
      variant("IR-FIG-DRIED-1KG", kilos(1), 4900000, 40, 1050),
    ],
  },
  {
    slug: "kharashad-walnut-kernels",
    shop: "kharashad-jujube-garden",
    category: "nuts",
    originVillage: "ir-sk-birjand-kharashad",
    harvestedOn: "2025-09-20",
    name: { fa: "مغز گردوی خراشاد", zh: "哈拉沙德核桃仁", vi: "Nhân óc chó Kharashad", en: "Kharashad Walnut Kernels" },
    summary: {
      fa: "مغز گردوی روشن که با دست شکسته شده؛ ملایم و کره‌ای و بدون تلخی.",
      zh: "手工敲开的浅色核桃仁，口感温和、带奶油香，不苦涩。",
      vi: "Nhân óc chó màu sáng tách bằng tay, vị béo dịu như bơ và không đắng.",
      en: "Light-coloured walnut halves cracked by hand: mild and buttery, without bitterness.",
    },
    description: {
      fa: "گردوها در شهریور با چوب تکانده می‌شوند، پوست سبزشان همان هفته گرفته می‌شود و پس از خشک شدن در سایه، خانواده شب‌ها آن‌ها را با دست می‌شکند. فقط مغزهای روشن و درسته در بسته قرار می‌گیرند، برای همین طعمی شیرین و کره‌ای دارند. با نان و پنیر، در فسنجان یا در کیک مصرف کنید. گردو روغن زیادی دارد؛ آن را در یخچال یا فریزر نگه دارید.",
      zh: "九月用竹竿打下核桃，当周剥去青皮，在阴凉处晾干后，一家人晚上手工敲开。只有颜色浅、完整的半仁才会装袋，所以味道香甜、带奶油感。可配面包和奶酪，用来做石榴核桃炖鸡或蛋糕。核桃含油量高，请冷藏或冷冻保存。",
      vi: "Óc chó được rung cây cho rụng vào tháng Chín, bóc vỏ xanh ngay trong tuần, phơi khô trong bóng râm rồi cả nhà tách nhân bằng tay vào các buổi tối. Chỉ những nửa nhân nguyên, màu sáng mới được đóng túi, nên vị ngọt và béo như bơ. Ăn kèm bánh mì và phô mai, nấu món fesenjan hoặc làm bánh. Óc chó nhiều dầu, vì vậy hãy bảo quản trong ngăn mát hoặc ngăn đá.",
      en: "The walnuts are knocked down in September, hulled the same week and dried in the shade, and then the family cracks them by hand in the evenings. Only light, whole halves go into the bag, so the taste is sweet and buttery. Enjoy them with bread and cheese, in fesenjan or in cakes. Walnuts are rich in oil, so keep them in the fridge or freezer.",
    },
    variants: [
      variant("IR-NUT-WALNUT-500G", grams(500), 5000000, 80, 540),
      variant("IR-NUT-WALNUT-1KG", kilos(1), 9800000, 40, 1050),
    ],
  },

  /* -------------------------------------------- South Khorasan: Nowferest qanat garden */
  {
    slug: "nowferest-dasteh-saffron",
    shop: "nowferest-qanat-garden",
    category: "saffron",
    originVillage: "ir-sk-birjand-nowferest",
    harvestedOn: "2025-11-03",
    name: {
      fa: "زعفران دسته نوفرست",
      zh: "诺费雷斯特整束藏红花",
      vi: "Nhụy nghệ tây nguyên bó Nowferest",
      en: "Nowferest Bunch (Dasteh) Saffron",
    },
    summary: {
      fa: "کلاله‌های کامل زعفران با سر سرخ و بخش زرد، دسته‌شده به روش سنتی.",
      zh: "按传统方式成束的完整藏红花柱头，红色花丝与黄色花柱相连。",
      vi: "Nhụy nghệ tây nguyên sợi bó thành từng bó nhỏ, gồm cả đầu đỏ và phần vòi vàng, theo lối truyền thống.",
      en: "Whole saffron stigmas, red tips and yellow styles together, tied in small bunches the traditional way.",
    },
    description: {
      fa: "دسته یا زعفران دسته‌ای همان کلاله کامل است، رشته سرخ همراه بخش زرد، که مثل روزگار قدیم خراسان در دسته‌های کوچک چیده می‌شود. چون چیزی از آن جدا نشده، با یک نگاه می‌توان خالص و دست‌نخورده بودنش را دید. بخش سرخ را برای رنگ و عطر جدا کنید و بخش زرد را به‌صورت دمنوشی ملایم دم کنید. در جعبه، دور از نور و رطوبت نگه دارید.",
      zh: "“整束藏红花”是完整的柱头，红色花丝连着黄色花柱，按呼罗珊老一辈的方式扎成小束出售。由于没有剪去任何部分，一眼就能看出它纯正、未经处理。剪下红色部分用于着色和增香，黄色花柱则可泡成温和的花茶。请放在盒中，避光防潮保存。",
      vi: "Dasteh, tức nghệ tây nguyên bó, là cả sợi nhụy gồm đầu đỏ và phần vòi vàng, được xếp thành những bó nhỏ như cách ông bà ở Khorasan vẫn bán từ xưa. Vì không cắt bỏ phần nào, chỉ cần nhìn là biết nhụy nguyên chất, không qua xử lý. Cắt phần đỏ để tạo màu và hương, còn phần vòi vàng đem hãm thành trà nhẹ. Bảo quản trong hộp, tránh ánh sáng và độ ẩm.",
      en: "Dasteh, or bunch saffron, is the whole stigma, red thread and yellow style together, laid in small bundles the way grandparents in Khorasan have always sold it. Because nothing is cut away, you can see at a glance that it is pure and untreated. Snip off the red part for colour and aroma, and brew the yellow styles as a mild tea. Store in the box, away from light and moisture.",
    },
    variants: [
      variant("IR-SAF-DASTEH-MSQ", MESGHAL, 11000000, 40, 60),
      variant("IR-SAF-DASTEH-10G", grams(10), 22500000, 20, 95),
    ],
    featured: true,
  },
  {
    slug: "nowferest-almond-kernels",
    shop: "nowferest-qanat-garden",
    category: "nuts",
    originVillage: "ir-sk-birjand-nowferest",
    harvestSeason: "summer",
    name: { fa: "مغز بادام نوفرست", zh: "诺费雷斯特甜扁桃仁", vi: "Nhân hạnh nhân Nowferest", en: "Nowferest Almond Kernels" },
    summary: {
      fa: "بادام شیرین از درختان قنات‌آبی، پوست‌گیری‌شده با دست، بدون بو دادن و نمک.",
      zh: "坎儿井灌溉的甜扁桃仁，手工去壳，未经烘烤，不加盐。",
      vi: "Hạnh nhân ngọt từ những cây tưới nước qanat, tách vỏ bằng tay, không rang, không muối.",
      en: "Sweet almonds from qanat-watered trees, shelled by hand, never roasted or salted.",
    },
    description: {
      fa: "درختان بادام ما اوایل بهار گل می‌دهند و اواخر تابستان، وقتی پوست سبز روی شاخه ترک می‌خورد، برداشت می‌شوند. بادام‌ها با پوست زیر آفتاب خشک و سپس با دست شکسته می‌شوند تا مغزها سالم بمانند. طعمی شیرین و شیری دارند؛ خام بخورید، یک شب خیس کنید تا پوستشان جدا شود، یا برای پلو و شیرینی تفت دهید. در ظرف دربسته و جای خنک و تاریک نگه دارید.",
      zh: "我们的扁桃树早春开花，夏末外壳在枝头裂开时采收。果实带壳晒干后手工去壳，果仁保持完整。味道香甜、带奶香；可生吃，浸泡一夜后去皮，或烘香后用于米饭和甜点。请装入密封罐，存放在阴凉避光处。",
      vi: "Cây hạnh nhân của chúng tôi nở hoa đầu xuân và được thu hoạch cuối hè, khi lớp vỏ xanh nứt ngay trên cành. Hạt được phơi nắng cả vỏ rồi tách bằng tay để nhân còn nguyên vẹn. Nhân có vị ngọt và béo như sữa; ăn sống, ngâm qua đêm để bóc vỏ lụa, hoặc rang lên cho vào cơm và đồ ngọt. Bảo quản trong lọ kín ở nơi mát và tối.",
      en: "Our almond trees flower in early spring and are harvested in late summer, when the hulls split on the branch. The nuts are sun-dried in their shells and cracked by hand, which keeps the kernels whole. They taste sweet and milky; eat them raw, soak them overnight to peel, or toast them for rice and sweets. Keep them in a closed jar in a cool, dark place.",
    },
    variants: [
      variant("IR-NUT-ALMOND-500G", grams(500), 6000000, 60, 540),
      variant("IR-NUT-ALMOND-1KG", kilos(1), 11800000, 25, 1050),
    ],
  },
  {
    slug: "nowferest-dried-white-mulberries",
    shop: "nowferest-qanat-garden",
    category: "dried-fruit",
    originVillage: "ir-sk-birjand-nowferest",
    harvestedOn: "2025-06-15",
    name: { fa: "توت خشک سفید", zh: "白桑葚干", vi: "Dâu tằm trắng sấy", en: "Dried White Mulberries" },
    summary: {
      fa: "توت سفید آفتاب‌خشک با شیرینی طبیعی و بدون شکر افزوده.",
      zh: "自然晒干的白桑葚，天然甜味，不加糖。",
      vi: "Dâu tằm trắng phơi nắng, ngọt tự nhiên, không thêm đường.",
      en: "Naturally sweet white mulberries dried in the sun, with no added sugar.",
    },
    description: {
      fa: "خرداد زیر درختان توت پارچه پهن می‌کنیم و شاخه‌ها را می‌تکانیم، سپس توت‌ها را چند روز زیر آفتاب خشک می‌کنیم. توت خشک جویدنی و لبه‌هایش ترد می‌شود و شیرینی‌ای شبیه عسل دارد، بی‌آنکه شکری افزوده شود. در خراسان آن را به‌جای قند با چای می‌خورند یا با گردو برای سفر همراه می‌برند. در ظرف دربسته نگه دارید.",
      zh: "六月我们在桑树下铺上布，摇动枝条，再把落下的桑葚在阳光下晒几天。晒好的桑葚干有嚼劲，边缘微脆，带有蜂蜜般的甜味，完全不加糖。在呼罗珊，人们喝茶时用它代替糖，或与核桃混合作为出行零食。请密封保存。",
      vi: "Tháng Sáu, chúng tôi trải vải dưới gốc dâu, rung cành cho quả rụng rồi phơi nắng vài ngày. Dâu khô dẻo, mép hơi giòn, ngọt như mật ong mà không hề thêm đường. Ở Khorasan, người ta ăn dâu khô với trà thay cho đường, hoặc trộn với óc chó làm món ăn vặt khi đi đường. Bảo quản trong hộp kín.",
      en: "In June we spread cloths under the mulberry trees, shake the branches and dry the fallen berries in the sun for several days. They turn chewy, a little crisp at the edges, with a honey-like sweetness and no added sugar. In Khorasan they are eaten with tea instead of sugar, or mixed with walnuts as a travel snack. Store in an airtight container.",
    },
    variants: [
      variant("IR-DFR-MULBERRY-250G", grams(250), 1100000, 120, 290),
      variant("IR-DFR-MULBERRY-500G", grams(500), 2100000, 80, 540),
    ],
  },
  {
    slug: "nowferest-wild-shirazi-thyme",
    shop: "nowferest-qanat-garden",
    category: "spices",
    originVillage: "ir-sk-birjand-nowferest",
    harvestSeason: "spring",
    name: { fa: "آویشن شیرازی کوهی", zh: "野生设拉子百里香", vi: "Xạ hương Shirazi mọc hoang", en: "Wild Shirazi Thyme" },
    summary: {
      fa: "آویشن شیرازی وحشی از تپه‌های نوفرست، خشک‌شده در سایه.",
      zh: "诺费雷斯特山坡上采集的野生设拉子百里香，阴干而成。",
      vi: "Xạ hương Shirazi hái tự nhiên trên đồi Nowferest, phơi khô trong bóng râm.",
      en: "Wild-gathered Shirazi thyme from the hills of Nowferest, dried in the shade.",
    },
    description: {
      fa: "آویشن شیرازی درختچه‌ای کوچک و نقره‌ای‌رنگ در تپه‌های خشک ایران است که عطری تندتر و فلفلی‌تر از آویشن باغی دارد. بهار فقط سرشاخه‌های گلدار را می‌چینیم و ریشه را سالم می‌گذاریم، سپس در سایه خشک می‌کنیم تا روغن‌های معطرش حفظ شود. روی ماست، تخم‌مرغ، سیب‌زمینی یا کباب بپاشید یا هنگام سرماخوردگی کمی از آن را با چای دم کنید. ظرف را دربسته و دور از گرما نگه دارید.",
      zh: "设拉子百里香是生长在伊朗干旱山丘上的银色小灌木，香气比普通百里香更冲、更带胡椒味。春天我们只剪开花的枝梢，保留根部，并在阴凉处晾干以留住芳香油。可撒在酸奶、鸡蛋、土豆或烤肉上，感冒时也可取少许与红茶同泡。请密封保存，远离热源。",
      vi: "Xạ hương Shirazi là loài cây bụi nhỏ, lá màu bạc, mọc trên những ngọn đồi khô của Iran, có mùi thơm hăng và cay như tiêu hơn xạ hương vườn. Vào mùa xuân chúng tôi chỉ cắt phần ngọn đang ra hoa, giữ nguyên gốc, rồi phơi trong bóng râm để giữ tinh dầu. Rắc lên sữa chua, trứng, khoai tây hoặc thịt nướng, hoặc hãm một nhúm với trà đen khi bị cảm. Đậy kín lọ và để xa nguồn nhiệt.",
      en: "Shirazi thyme is a small, silvery shrub of Iran's dry hills, with a sharper, more peppery aroma than garden thyme. In spring we cut only the flowering tips, leaving the roots, and dry them in the shade to keep the oils. Sprinkle it over yoghurt, eggs, potatoes or grilled meat, or brew a pinch with black tea when you have a cold. Keep the jar closed and away from heat.",
    },
    variants: [
      variant("IR-SPC-THYME-50G", grams(50), 600000, 150, 110),
      variant("IR-SPC-THYME-100G", grams(100), 1100000, 80, 170),
    ],
  },
  /* ------------------------------------------------ Gilan: Chaparkhaneh Hashemi paddies */
  {
    slug: "chaparkhaneh-hashemi-rice",
    shop: "chaparkhaneh-hashemi-paddies",
    category: "rice",
    originVillage: "ir-gl-rasht-chaparkhaneh",
    harvestedOn: "2026-08-18",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "برنج هاشمی چاپارخانه", zh: "恰帕尔哈内哈什米大米", vi: "Gạo Hashemi Chaparkhaneh", en: "Chaparkhaneh Hashemi Rice" },
    summary: {
      fa: "برنج دانه‌بلند هاشمی از روستای زادگاهش؛ خوش‌عطر، قدکش و دون‌دون پس از دم کشیدن.",
      zh: "来自发源村的长粒哈什米大米，香气浓郁，蒸后松软、粒粒分明。",
      vi: "Gạo Hashemi hạt dài từ chính ngôi làng quê hương: thơm, tơi xốp và rời hạt khi hấp.",
      en: "Long-grain Hashemi rice from its home village: fragrant, fluffy and separate when steamed.",
    },
    description: {
      fa: "هاشمی محبوب‌ترین رقم بومی گیلان است؛ دانه‌هایی باریک که هنگام پخت خوب قد می‌کشند و عطر شیرین و مغزدار شالیزارهای شمال را دارند. شلتوک آرام خشک و در شالیکوبی روستا بدون مواد براق‌کننده تبدیل می‌شود تا دانه‌ها تمیز و سالم بمانند. دو ساعت در آب‌نمک خیس کنید، نیم‌پز و آبکش کنید و با کمی کره دم بگذارید تا چلویی دون‌دون با ته‌دیگ طلایی داشته باشید. در جای خنک و خشک نگه دارید؛ بسته وکیوم تا یک سال تازگی برنج را حفظ می‌کند.",
      zh: "哈什米是吉兰最受喜爱的本地品种：米粒细长，煮后明显伸长，带有北方稻田特有的甘甜坚果香。稻谷慢慢晾干后在村里碾米，不使用任何抛光剂，米粒干净完整。用淡盐水浸泡两小时，煮至半熟后沥干，加少许黄油焖蒸，就能做出粒粒分明、锅底金黄酥脆的伊朗白米饭。请存放在阴凉干燥处，真空包装可保鲜一年。",
      vi: "Hashemi là giống lúa bản địa được yêu thích nhất ở Gilan: hạt thon dài, nở dài khi nấu và mang hương thơm ngọt bùi của những cánh đồng lúa phương Bắc. Thóc được phơi chậm và xay ngay trong làng, không dùng chất đánh bóng, nên hạt gạo sạch và nguyên vẹn. Ngâm hai giờ trong nước muối, luộc vừa chín tới, để ráo rồi hấp với chút bơ để có cơm chelow tơi hạt cùng lớp cháy tahdig vàng giòn. Bảo quản nơi khô mát; túi hút chân không giữ gạo tươi ngon đến một năm.",
      en: "Hashemi is Gilan's best-loved local variety: slender grains that lengthen well in cooking and carry the sweet, nutty fragrance of northern paddies. The paddy is dried slowly and milled in the village without polishing agents, so the grains are clean and unbroken. Soak for two hours in salted water, parboil, drain and steam with a little butter for a fluffy chelow with a golden tahdig. Store in a cool, dry place; the vacuum pack keeps it fresh for a year.",
    },
    variants: [
      variant("IR-RICE-HASHEMI-5KG", kilos(5), 12800000, 300, 5200),
      variant("IR-RICE-HASHEMI-10KG", kilos(10), 25000000, 200, 10300),
    ],
    featured: true,
  },
  {
    slug: "chaparkhaneh-domsiah-rice",
    shop: "chaparkhaneh-hashemi-paddies",
    category: "rice",
    originVillage: "ir-gl-rasht-chaparkhaneh",
    harvestedOn: "2026-08-25",
    name: { fa: "برنج دم‌سیاه", zh: "“黑尾”香米", vi: "Gạo Domsiah", en: "Domsiah Rice" },
    summary: {
      fa: "رقم قدیمی دم‌سیاه؛ خوش‌عطرترین برنج گیلان که در قطعه‌های کوچک کشت می‌شود.",
      zh: "古老的“黑尾”地方品种，吉兰最香的大米，小块田地种植。",
      vi: "Giống lúa cổ “đuôi đen”: loại gạo thơm nhất Gilan, trồng trên những thửa ruộng nhỏ.",
      en: "The old “black-tail” landrace: the most aromatic rice of Gilan, grown in small plots.",
    },
    description: {
      fa: "دم‌سیاه نامش را از نوک تیره پوسته شلتوک گرفته؛ رقمی بومی، بلندقامت و کم‌محصول که امروز خانواده‌های کمی هنوز آن را می‌کارند. هنگام دم کشیدن عطرش خانه را پر می‌کند و دانه‌های پخته نرم، بلند و کمی شیرین‌اند. مثل هاشمی بپزید اما با کمی آب کمتر، و ساده با کره و زعفران سرو کنید تا عطرش را بهتر حس کنید. بسته را دربسته و در جای خنک و خشک نگه دارید.",
      zh: "“黑尾”因稻壳末端颜色深而得名，是一种植株高、产量低的地方老品种，如今只有少数人家还在种植。蒸饭时满屋飘香，煮熟的米粒柔软、修长、微甜。做法与哈什米相同，只是水稍少一些；最好只配黄油和藏红花，细细品味它的香气。请将包装密封，存放在阴凉干燥处。",
      vi: "Domsiah nghĩa là “đuôi đen”, được đặt theo phần đầu vỏ trấu sẫm màu; đây là giống lúa bản địa cây cao, năng suất thấp mà nay chỉ còn ít gia đình trồng. Khi hấp, hương thơm lan khắp nhà, hạt cơm mềm, dài và hơi ngọt. Nấu như gạo Hashemi nhưng bớt nước một chút, và ăn đơn giản với bơ và nghệ tây để cảm nhận trọn hương thơm. Giữ túi kín ở nơi khô mát.",
      en: "Domsiah, “black tail”, is named for the dark tip of its husk; it is a tall, low-yielding landrace that only a few families still grow. Its aroma fills the house while it steams, and the cooked grains are soft, long and slightly sweet. Cook it like Hashemi but with a little less water, and serve it plain with butter and saffron to enjoy the fragrance. Keep the pack sealed in a cool, dry place.",
    },
    variants: [
      variant("IR-RICE-DOMSIAH-5KG", kilos(5), 14500000, 120, 5200),
      variant("IR-RICE-DOMSIAH-10KG", kilos(10), 28500000, 60, 10300),
    ],
  },
  {
    slug: "chaparkhaneh-tarom-rice",
    shop: "chaparkhaneh-hashemi-paddies",
    category: "rice",
    originVillage: "ir-gl-rasht-chaparkhaneh",
    harvestedOn: "2026-08-12",
    name: { fa: "برنج طارم محلی", zh: "塔罗姆本地大米", vi: "Gạo Tarom địa phương", en: "Local Tarom Rice" },
    summary: {
      fa: "برنج طارم باریک و زودرس با عطری ملایم؛ انتخاب هر روزه آشپزخانه‌های شمال.",
      zh: "米粒细长、早熟的塔罗姆大米，香气清淡，是北方家庭的日常之选。",
      vi: "Gạo Tarom hạt thon, chín sớm, hương nhẹ: món quen hằng ngày trong gian bếp miền Bắc Iran.",
      en: "Slender, early-ripening Tarom rice with a light aroma, an everyday favourite in northern kitchens.",
    },
    description: {
      fa: "طارم یکی دو هفته زودتر از هاشمی می‌رسد و هر مرداد نخستین برنجی است که برداشت می‌کنیم. دانه‌ها باریک‌اند و پس از پخت سبک و دون‌دون می‌شوند، با عطری ملایم که بر طعم خورش غلبه نمی‌کند. انتخابی به‌صرفه برای چلو، کته و پلوهای سبزی‌دار و لوبیادار هر روزه است. دربسته و در کابینت خنک و خشک نگه دارید.",
      zh: "塔罗姆比哈什米早熟一两周，是我们每年八月最先收割的稻米。米粒纤细，煮后轻盈分明，香气温和，不会盖过炖菜的味道。日常做白米饭、焖饭或香草豆子饭都很实惠。请密封存放在阴凉干燥的橱柜中。",
      vi: "Tarom chín sớm hơn Hashemi một đến hai tuần, nên là lúa đầu tiên chúng tôi gặt mỗi tháng Tám. Hạt gạo thon, nấu lên nhẹ và rời hạt, hương thơm dịu không lấn át món hầm. Đây là lựa chọn tiết kiệm cho cơm chelow, kateh và các món cơm trộn rau thơm hay đậu hằng ngày. Bảo quản kín trong tủ khô mát.",
      en: "Tarom ripens a week or two before Hashemi, so it is the first rice we bring in each August. The grains are slim and cook up light and separate, with a gentle aroma that does not overpower stews. It is a good-value choice for everyday chelow, kateh and pilafs with herbs or beans. Store sealed in a cool, dry cupboard.",
    },
    variants: [
      variant("IR-RICE-TAROM-5KG", kilos(5), 10500000, 250, 5200),
      variant("IR-RICE-TAROM-10KG", kilos(10), 20500000, 150, 10300),
    ],
  },
  {
    slug: "gilan-dried-herb-mix",
    shop: "chaparkhaneh-hashemi-paddies",
    category: "spices",
    originVillage: "ir-gl-rasht-chaparkhaneh",
    harvestSeason: "spring",
    name: { fa: "سبزی خشک گیلانی", zh: "吉兰干香草", vi: "Rau thơm khô Gilan", en: "Gilan Dried Herb Mix" },
    summary: {
      fa: "خلواش، شوید، گشنیز و تره خشک‌شده در سایه برای خورش‌های گیلانی.",
      zh: "田埂野薄荷、莳萝、香菜和韭菜阴干而成，用于吉兰炖菜。",
      vi: "Bạc hà dại bờ ruộng, thì là, rau mùi và hẹ phơi trong bóng râm để nấu món hầm Gilan.",
      en: "Paddy-bank wild pennyroyal, dill, coriander and chives, shade-dried for Gilan stews.",
    },
    description: {
      fa: "بهار زنان خانواده خلواش را که در حاشیه شالیزار خودرو می‌روید، همراه شوید، گشنیز و تره از باغچه خانه می‌چینند. سبزی‌ها شسته، در سایه خشک و با دست خرد می‌شوند تا رنگ سبز و عطر تازه و نعنایی‌شان بماند. دو قاشق در ترش‌تره، باقلاقاتق یا کوکو بریزید و پیش از پخت ده دقیقه خیس کنید. ظرف را دربسته و دور از نور نگه دارید.",
      zh: "春天，家里的女人们采摘田埂边野生的“哈尔瓦什”野薄荷，再配上菜园里的莳萝、香菜和韭菜。香草洗净后在阴凉处晾干，手工揉碎，保留了翠绿的颜色和清新的薄荷香。做酸香草炖菜、蚕豆鸡蛋炖或香草蛋饼时放两勺，烹饪前先浸泡十分钟。请密封避光保存。",
      vi: "Vào mùa xuân, những người phụ nữ trong nhà hái khalvash, một loại bạc hà dại mọc dọc bờ ruộng, cùng thì là, rau mùi và hẹ từ vườn nhà. Rau được rửa sạch, phơi trong bóng râm rồi vò nhỏ bằng tay nên vẫn giữ màu xanh và mùi thơm mát như bạc hà. Cho hai thìa vào món torsh-e tareh, baghala ghatogh hoặc trứng kuku; ngâm nước mười phút trước khi nấu. Đậy kín lọ và tránh ánh sáng.",
      en: "In spring the women of the family pick khalvash, a wild pennyroyal that grows along the paddy banks, together with dill, coriander and garlic chives from the kitchen garden. The herbs are washed, dried in the shade and crumbled by hand, so they keep their green colour and fresh, minty scent. Use two spoons in torsh-e tareh, baghala ghatogh or a kuku, soaking them for ten minutes before cooking. Keep the jar closed and away from light.",
    },
    variants: [
      variant("IR-SPC-GILANHERB-100G", grams(100), 900000, 140, 180),
      variant("IR-SPC-GILANHERB-200G", grams(200), 1700000, 80, 300),
    ],
  },

  /* ------------------------------------------------------ Gilan: Sheykhanbar tea garden */
  {
    slug: "lahijan-black-tea",
    shop: "sheykhanbar-tea-garden",
    category: "tea",
    originVillage: "ir-gl-lahijan-sheykhanbar",
    harvestedOn: "2026-06-15",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "چای سیاه لاهیجان", zh: "拉希詹红茶", vi: "Trà đen Lahijan", en: "Lahijan Black Tea" },
    summary: {
      fa: "چای سیاه ارتودکس از یک باغ در نزدیکی لاهیجان؛ رنگ کهربایی روشن، خوش‌طعم و کم‌گس.",
      zh: "产自拉希詹近郊单一茶园的传统工艺红茶，汤色明亮琥珀，顺滑少涩。",
      vi: "Trà đen chế biến truyền thống từ một đồi chè gần Lahijan: nước màu hổ phách sáng, êm và ít chát.",
      en: "Orthodox black tea from a single garden near Lahijan: bright amber cup, smooth and low in tannin.",
    },
    description: {
      fa: "برگ‌هایی که اوایل تابستان چیده می‌شوند به روش ارتودکس پلاسیده، مالش داده، اکسید و خشک می‌شوند و برگ‌هایی بلند و پیچیده می‌دهند. چای ایرانی به‌طور طبیعی تانن کمی دارد، برای همین رنگی روشن و طعمی نرم و کمی مالتی دارد و گس نیست. برای هر استکان یک قاشق چای‌خوری در قوری روی کتری بریزید، ده دقیقه دم کنید و با خرما یا نبات میل کنید. در قوطی دربسته، دور از رطوبت و بوهای تند نگه دارید.",
      zh: "初夏采摘的鲜叶经过萎凋、揉捻、发酵和干燥等传统工序，制成条索细长卷曲的红茶。伊朗茶叶天然单宁含量低，茶汤明亮顺滑，带淡淡麦芽香而不苦涩。按伊朗方式，每杯取一茶匙放入茶壶，架在水壶上焖泡十分钟，配椰枣或冰糖享用。请放在密封罐中，防潮并远离异味。",
      vi: "Búp chè hái đầu hè được làm héo, vò, lên men và sấy khô theo phương pháp truyền thống, cho ra những sợi chè đen dài, xoăn. Chè Iran tự nhiên ít tanin, nên nước trà sáng, êm và thoảng mùi mạch nha chứ không gắt. Pha theo kiểu Ba Tư: mỗi chén một thìa cà phê chè, đặt ấm trà trên ấm nước sôi ủ mười phút, dùng kèm chà là hoặc đường phèn. Bảo quản trong hộp kín, tránh ẩm và mùi mạnh.",
      en: "Leaves plucked in early summer are withered, rolled, oxidised and dried the orthodox way, giving long, twisted black leaves. Iranian tea is naturally low in tannin, so the cup is bright, smooth and gently malty rather than harsh. Brew one teaspoon per glass in a teapot set on the kettle for ten minutes, Persian style, and serve with dates or rock candy. Keep in a closed tin away from moisture and strong smells.",
    },
    variants: [
      variant("IR-TEA-LAHIJAN-BLK-100G", grams(100), 850000, 300, 150),
      variant("IR-TEA-LAHIJAN-BLK-450G", grams(450), 3500000, 180, 560),
    ],
    featured: true,
  },
  {
    slug: "lahijan-green-tea",
    shop: "sheykhanbar-tea-garden",
    category: "tea",
    originVillage: "ir-gl-lahijan-sheykhanbar",
    harvestedOn: "2026-05-20",
    certificationKind: "organic",
    certification: {
      fa: "گواهی ارگانیک باغ چای",
      zh: "茶园有机认证",
      vi: "Chứng nhận hữu cơ cho đồi chè",
      en: "Organic certification of the tea garden",
    },
    name: { fa: "چای سبز لاهیجان", zh: "拉希詹绿茶", vi: "Trà xanh Lahijan", en: "Lahijan Green Tea" },
    summary: {
      fa: "چای سبز از برگ‌های بهاره که بخار داده و مالش داده شده؛ تازه، علفی و کمی شیرین.",
      zh: "春叶经蒸青揉捻制成的绿茶，清新带草香，回味微甜。",
      vi: "Trà xanh từ lá xuân được hấp và vò: tươi mát, thơm mùi cỏ non và ngọt nhẹ.",
      en: "Steamed and rolled green tea from spring leaves: fresh, grassy and gently sweet.",
    },
    description: {
      fa: "برگ‌های بهاره تراس‌های بالایی چند ساعت پس از چیدن بخار داده می‌شوند تا اکسید نشوند، سپس مالش داده و خشک می‌شوند و رنگ سبزشان می‌ماند. دم‌کرده آن سبز یشمی کم‌رنگ است، با طعمی تازه و علفی و شیرینی ملایم. با آب حدود ۸۰ درجه دو تا سه دقیقه دم کنید؛ برگ‌ها را می‌توان دو بار دم کرد. قوطی را دربسته نگه دارید و برای بهترین طعم تا یک سال مصرف کنید.",
      zh: "上层梯田的春叶在采摘后几小时内蒸青以停止氧化，再揉捻、干燥，保留了翠绿色泽。茶汤呈浅翡翠色，口感清新带草香，回味柔甜。用约80°C的水冲泡两到三分钟，茶叶可续泡一次。请密封保存，一年内饮用风味最佳。",
      vi: "Lá xuân từ những bậc ruộng chè phía trên được hấp chỉ vài giờ sau khi hái để ngừng quá trình oxy hóa, rồi vò và sấy khô nên vẫn giữ màu xanh. Nước trà màu ngọc bích nhạt, vị tươi mát như cỏ non và ngọt dịu. Pha với nước khoảng 80 °C trong hai đến ba phút; có thể pha lại lần thứ hai. Đậy kín hộp và dùng trong vòng một năm để giữ hương vị tươi nhất.",
      en: "Spring leaves from the upper terraces are steamed within hours of plucking to stop oxidation, then rolled and dried so they keep their green colour. The cup is pale jade, with a fresh, grassy taste and a soft sweetness. Brew with water at about 80 °C for two to three minutes; the leaves can be steeped twice. Keep the tin sealed and use within a year for the freshest flavour.",
    },
    variants: [
      variant("IR-TEA-LAHIJAN-GRN-100G", grams(100), 900000, 200, 150),
      variant("IR-TEA-LAHIJAN-GRN-450G", grams(450), 3700000, 100, 560),
    ],
  },
  {
    slug: "lahijan-first-flush-spring-tea",
    shop: "sheykhanbar-tea-garden",
    category: "tea",
    originVillage: "ir-gl-lahijan-sheykhanbar",
    harvestedOn: "2026-05-05",
    name: { fa: "چای بهاره لاهیجان", zh: "拉希詹头采春茶", vi: "Trà đen vụ xuân Lahijan", en: "Lahijan First-Flush Spring Tea" },
    summary: {
      fa: "چای سیاه از نخستین چین بهاره؛ معطر، سرزنده و ممتازترین محصول سال.",
      zh: "春季头采制成的红茶，香气馥郁、鲜活，是全年最好的一批。",
      vi: "Trà đen từ lứa hái đầu tiên mùa xuân: thơm, tươi và là lô ngon nhất trong năm.",
      en: "Black tea from the first spring plucking: fragrant, lively and the finest lot of the year.",
    },
    description: {
      fa: "چین اول بهاره در اردیبهشت چیده می‌شود، وقتی بوته‌ها پس از زمستان خزری بیدار می‌شوند و جوانه‌ها پر از عطرند. این چای جداگانه و در دسته‌ای کوچک فرآوری می‌شود و دم‌کرده‌ای طلایی‌کهربایی با رایحه گل و شیرینی لطیف و ماندگار می‌دهد. کمی کم‌رنگ‌تر از چای روزانه دم کنید و بدون قند بنوشید. در قوطی دربسته، دور از نور و رطوبت نگه دارید.",
      zh: "春季头采在四月下旬至五月初进行，此时茶树刚从里海沿岸的冬季中苏醒，芽叶香气饱满。这批茶单独小批量加工，茶汤金黄琥珀色，带有花香和细腻持久的甜味。冲泡时比日常茶淡一些，不加糖细品。请放在密封罐中，避光防潮。",
      vi: "Lứa chè đầu tiên được hái vào cuối tháng Tư và đầu tháng Năm, khi những bụi chè vừa thức giấc sau mùa đông ven biển Caspi và búp non đầy hương thơm. Chè được chế biến riêng thành một mẻ nhỏ, cho nước màu vàng hổ phách, hương hoa và vị ngọt thanh kéo dài. Pha nhạt hơn trà uống hằng ngày một chút và thưởng thức không đường. Bảo quản trong hộp kín, tránh ánh sáng và độ ẩm.",
      en: "The first flush is plucked in late April and early May, when the bushes wake after the Caspian winter and the buds are full of aroma. Processed as a separate small lot, it brews a golden-amber cup with floral notes and a delicate, lingering sweetness. Brew it a little lighter than everyday tea and enjoy it without sugar. Store in the sealed tin, away from light and humidity.",
    },
    variants: [
      variant("IR-TEA-LAHIJAN-SPR-100G", grams(100), 1200000, 120, 150),
      variant("IR-TEA-LAHIJAN-SPR-450G", grams(450), 4900000, 60, 560),
    ],
  },
  {
    slug: "lahijan-orange-blossom-honey",
    shop: "sheykhanbar-tea-garden",
    category: "honey",
    originVillage: "ir-gl-lahijan-sheykhanbar",
    harvestSeason: "spring",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "عسل بهارنارنج لاهیجان", zh: "拉希詹橙花蜜", vi: "Mật ong hoa cam Lahijan", en: "Lahijan Orange Blossom Honey" },
    summary: {
      fa: "عسل بهاره روشن و معطر از کندوهایی در میان باغ‌های مرکبات پایین دامنه‌های چای.",
      zh: "放置在茶山脚下柑橘园中的蜂箱所产春蜜，色浅香浓。",
      vi: "Mật ong mùa xuân màu sáng, thơm ngát, từ những đàn ong đặt giữa vườn cam dưới chân đồi chè.",
      en: "Light, fragrant spring honey from hives kept among the citrus orchards below the tea slopes.",
    },
    description: {
      fa: "فروردین خانواده کندوها را به باغ‌های نارنج و نارنگی پایین باغ چای می‌برد و زنبورها با شهد بهارنارنج برمی‌گردند. این عسل طلایی کم‌رنگ است، با عطر آشنای بهارنارنج و شیرینی پاک و ملایم. عسل بدون حرارت استخراج و فقط صاف می‌شود، پس ممکن است زمستان شکرک بزند؛ شیشه را در آب ولرم بگذارید تا نرم شود. با نان و کره یا در چای میل کنید.",
      zh: "四月，一家人把蜂箱搬到茶园下方的酸橙和橘子园里，蜜蜂满载橙花花蜜而归。蜂蜜呈浅金色，带有独特的橙花香气，甜味纯净柔和。蜂蜜不经加热摇取，只作过滤，冬天可能会结晶；把瓶子放在温水中即可变软。可抹在黄油面包上或调入茶中享用。",
      vi: "Tháng Tư, gia đình chuyển các thùng ong xuống vườn cam đắng và quýt bên dưới đồi chè, ong trở về mang đầy mật hoa cam. Mật có màu vàng nhạt, hương hoa cam đặc trưng và vị ngọt thanh, dịu. Mật được quay lạnh và chỉ lọc, không hề đun nóng, nên có thể kết tinh vào mùa đông; ngâm hũ trong nước ấm để mật mềm lại. Dùng với bánh mì phết bơ hoặc khuấy vào trà.",
      en: "In April the family moves its hives into the bitter-orange and tangerine orchards below the tea garden, and the bees come back heavy with blossom nectar. The honey is pale gold, with an unmistakable orange-flower perfume and a clean, gentle sweetness. It is extracted cold and only strained, never heated, so it may crystallise in winter; stand the jar in lukewarm water to soften it. Enjoy it on bread and butter or stirred into tea.",
    },
    variants: [
      variant("IR-HNY-ORANGE-500G", jar(500), 3500000, 90, 800),
      variant("IR-HNY-ORANGE-1KG", JAR_1KG, 6800000, 40, 1450),
    ],
  },

  /* ------------------------------------------------- Gilan: Harzevil women's olive cooperative */
  {
    slug: "harzevil-zeytun-parvardeh",
    shop: "harzevil-olive-women-coop",
    category: "preserves",
    originVillage: "ir-gl-rudbar-harzevil",
    harvestedOn: "2025-10-30",
    name: {
      fa: "زیتون پرورده هرزویل",
      zh: "哈尔泽维尔石榴核桃腌橄榄",
      vi: "Ô liu trộn parvardeh Harzevil",
      en: "Harzevil Zeytun Parvardeh",
    },
    summary: {
      fa: "زیتون رودبار پرورده با رب انار، گردو و سبزی‌های کوهی به روش اصیل گیلانی.",
      zh: "鲁德巴尔橄榄以石榴酱、核桃和山野香草腌制，正宗吉兰风味。",
      vi: "Ô liu Rudbar trộn sốt lựu, óc chó và rau thơm núi theo cách cổ truyền của Gilan.",
      en: "Rudbar olives marinated with pomegranate paste, walnuts and wild herbs, the classic Gilan way.",
    },
    description: {
      fa: "زیتون سبز درختان خود اعضای تعاونی در آب‌نمک عمل‌آوری و هسته‌گیری می‌شود و با گردوی ساییده، رب انار ترش، سیر و سبزی‌های کوهی خشک مثل گلپر و نعناع مخلوط می‌شود. حاصل، طعمی ملس، مغزدار و معطر با ترشی عمیق میوه‌ای است. کنار پلو، کباب یا ماهی، یا روی نان با پنیر سرو کنید. پس از باز کردن در یخچال نگه دارید و زیتون‌ها را زیر سس نگه دارید.",
      zh: "合作社成员自家树上的青橄榄先用盐水腌熟、去核，再与磨碎的核桃、酸石榴酱、大蒜以及波斯独活、薄荷等山野干香草拌匀。成品酸香浓郁，带坚果香和草本香，果酸深厚。可作为米饭、烤肉或鱼的配菜，也可配奶酪抹在面包上。开封后请冷藏，并让橄榄浸没在酱汁中。",
      vi: "Ô liu xanh từ chính cây của các thành viên hợp tác xã được ngâm nước muối, bỏ hạt rồi trộn với óc chó xay, sốt lựu chua, tỏi và các loại rau thơm núi phơi khô như golpar và bạc hà. Món này có vị chua thanh, bùi và thơm mùi thảo mộc, với vị chua trái cây đậm đà. Ăn kèm cơm, thịt nướng kebab hoặc cá, hay phết lên bánh mì cùng phô mai. Sau khi mở nắp hãy để ngăn mát và nhấn ô liu ngập trong sốt.",
      en: "Green olives from the members' own trees are cured in brine, pitted and mixed with ground walnuts, sour pomegranate paste, garlic and dried wild herbs such as golpar and mint. The result is tangy, nutty and herby, with a deep fruity sourness. Serve it alongside rice, kebab or fish, or on bread with cheese. Refrigerate after opening and keep the olives covered by the sauce.",
    },
    variants: [
      variant("IR-OLV-PARVARDEH-500G", jar(500), 3200000, 80, 820),
      variant("IR-OLV-PARVARDEH-1KG", JAR_1KG, 6200000, 30, 1480),
    ],
    featured: true,
  },
  {
    slug: "harzevil-sour-plum-lavashak",
    shop: "harzevil-olive-women-coop",
    category: "preserves",
    originVillage: "ir-gl-rudbar-harzevil",
    harvestedOn: "2025-06-05",
    name: { fa: "لواشک آلوچه", zh: "酸李果丹皮", vi: "Lavashak mận chua", en: "Sour Plum Lavashak" },
    summary: {
      fa: "لواشک ترش از آلوچه سبز و قرمز پخته که در لایه‌های نازک زیر آفتاب خشک شده است.",
      zh: "以青红樱桃李熬煮后摊成薄片晒干的酸味果丹皮。",
      vi: "Bánh mận chua dẻo làm từ mận anh đào xanh và đỏ nấu chín, phơi nắng thành lớp mỏng.",
      en: "Tangy fruit leather of cooked green and red cherry plums, sun-dried in thin sheets.",
    },
    description: {
      fa: "اواخر بهار اعضا آلوچه ترش جمع می‌کنند، بدون شکر می‌پزند، هسته‌ها را با صافی جدا می‌کنند و پوره را نازک روی سینی‌ها پهن می‌کنند تا دو سه روز زیر آفتاب خشک شود. لایه‌ها با دست لوله می‌شوند و لواشکی حسابی ترش با ته‌مزه میوه‌ای می‌دهند. تکه‌ای را به‌عنوان تنقلات بخورید یا در آب داغ حل کنید و به خورش بزنید تا ترش شود. پیچیده در کاغذ و در جای خنک و خشک نگه دارید.",
      zh: "晚春时节，成员们采来酸樱桃李，不加糖熬煮，过筛去核，再把果泥薄薄地摊在托盘上晒两三天。晒好的果皮手工卷成卷，酸得让人眯眼，回味带果香。撕一块当零食，或用热水化开给炖菜添酸味。请包好存放在阴凉干燥处。",
      vi: "Cuối xuân, các thành viên hái mận anh đào chua, nấu nhừ không đường, lọc bỏ hạt qua rây rồi trải mỏng phần mứt nghiền lên khay phơi nắng hai, ba ngày. Những lớp mứt được cuộn tay thành lavashak chua đến nheo mắt, hậu vị thơm mùi trái cây. Xé một miếng ăn vặt, hoặc hòa vào nước nóng để tạo vị chua cho món hầm. Gói kín và bảo quản nơi khô mát.",
      en: "In late spring the members gather sour cherry plums, cook them down without sugar, sieve out the stones and spread the purée thinly on trays to dry in the sun for two or three days. The sheets are rolled by hand into lavashak that is mouth-puckeringly sour with a fruity finish. Tear off a piece as a snack, or dissolve some in hot water to sour a stew. Keep it wrapped in a cool, dry place.",
    },
    variants: [
      variant("IR-LVK-PLUM-250G", grams(250), 900000, 150, 300),
      variant("IR-LVK-PLUM-500G", grams(500), 1700000, 80, 560),
    ],
  },
  {
    slug: "gilan-feijoa-jam",
    shop: "harzevil-olive-women-coop",
    category: "preserves",
    originVillage: "ir-gl-rasht-pasikhan",
    harvestedOn: "2025-11-01",
    name: { fa: "مربای فیجوا", zh: "费约果果酱", vi: "Mứt feijoa", en: "Feijoa Jam" },
    summary: {
      fa: "فیجوای پاییزی پخته‌شده به مربایی معطر با طعمی میان آناناس، گواوا و نعناع.",
      zh: "秋季费约果熬成的果酱，香气芬芳，带有菠萝、番石榴和薄荷的风味。",
      vi: "Feijoa mùa thu nấu thành mứt thơm, vị gợi nhớ dứa, ổi và bạc hà.",
      en: "Autumn feijoa cooked into a fragrant jam that tastes of pineapple, guava and mint.",
    },
    description: {
      fa: "فیجوا در جلگه معتدل و مرطوب گیلان خوب رشد می‌کند؛ میوه ما از باغی همکار در پسیخان رشت می‌آید که اواخر پاییز از بوته‌ها می‌ریزد. میوه را همان روز پوست می‌گیریم، خرد می‌کنیم و با شکر و کمی آب نارنج سریع می‌پزیم تا عطرش از بین نرود. این مربا ترش‌وشیرین و معطر است و بافتی کمی دانه‌دار و دلپذیر دارد. روی نان بمالید، با پنیر سرو کنید یا روی ماست بریزید و پس از باز کردن در یخچال نگه دارید.",
      zh: "费约果很适应吉兰温和湿润的平原气候，我们的果子来自拉什特附近帕西汗村的一座合作果园，深秋时果实从枝头自然落下。我们当天去皮切块，加糖和少许酸橙汁快速熬煮，以保留它独特的香气。果酱酸甜芳香，口感带有令人愉快的细沙感。可抹面包、配奶酪或淋在酸奶上，开封后请冷藏。",
      vi: "Feijoa phát triển tốt ở vùng đồng bằng ôn hòa, ẩm ướt của Gilan; quả của chúng tôi đến từ một vườn đối tác ở Pasikhan gần Rasht, nơi quả rụng khỏi bụi vào cuối thu. Chúng tôi gọt vỏ, cắt nhỏ ngay trong ngày rồi nấu nhanh với đường và chút nước cam chua để giữ trọn hương thơm. Mứt có vị chua ngọt, thơm nồng với kết cấu hơi lợn cợn dễ chịu. Phết lên bánh mì, ăn cùng phô mai hoặc rưới lên sữa chua, và để ngăn mát sau khi mở nắp.",
      en: "Feijoa thrives in the mild, humid lowlands of Gilan; ours comes from a partner orchard in Pasikhan near Rasht, where the fruit drops from the bushes in late autumn. We peel and chop it the same day and cook it quickly with sugar and a squeeze of sour orange so that its perfume survives. The jam is sweet-tart and aromatic, with a pleasantly grainy texture. Spread it on bread, serve it with cheese or spoon it over yoghurt, and refrigerate after opening.",
    },
    variants: [variant("IR-JAM-FEIJOA-450G", jar(450), 1600000, 90, 760)],
  },
  {
    slug: "rudbar-mountain-honey",
    shop: "harzevil-olive-women-coop",
    category: "honey",
    originVillage: "ir-gl-rudbar-harzevil",
    harvestSeason: "summer",
    certificationKind: "national_standard",
    certification: IRAN_NATIONAL_STANDARD,
    name: { fa: "عسل کوهستان رودبار", zh: "鲁德巴尔山地蜂蜜", vi: "Mật ong núi Rudbar", en: "Rudbar Mountain Honey" },
    summary: {
      fa: "عسل چندگیاهی کهربایی از کندوهای دامنه‌های پوشیده از آویشن و گون بالای هرزویل.",
      zh: "哈尔泽维尔上方长满百里香和黄芪的山坡上的蜂箱所产琥珀色百花蜜。",
      vi: "Mật ong đa hoa màu hổ phách từ những đàn ong trên sườn núi phủ xạ hương và hoàng kỳ phía trên Harzevil.",
      en: "Amber wildflower honey from hives on the thyme- and astragalus-covered slopes above Harzevil.",
    },
    description: {
      fa: "چند نفر از اعضا در دامنه‌های خشک و آفتابی بالای روستا در کندوهای چوبی زنبورداری می‌کنند، جایی که اوایل تابستان آویشن وحشی، گون و گل‌های کوهی شکوفه می‌دهند. این عسل کهربایی، غلیظ و پرطعم است و ته‌مایه‌ای گیاهی و کمی کاراملی دارد. سالی یک بار در تابستان برداشت، بدون حرارت استخراج و فقط صاف می‌شود. شکرک زدن طبیعی است؛ شیشه را در دمای اتاق و دور از آفتاب نگه دارید.",
      zh: "几位成员在村子上方干燥向阳的山坡上用传统木箱养蜂，初夏时那里野生百里香、黄芪和各种山花盛开。这款蜂蜜呈琥珀色，浓稠饱满，带有草本香和淡淡的焦糖味。每年夏天只采收一次，不经加热摇取，仅作简单过滤。结晶是自然现象；请在室温下避光保存。",
      vi: "Một số thành viên nuôi ong trong thùng gỗ truyền thống trên những sườn đồi khô, nhiều nắng phía trên làng, nơi xạ hương dại, cây hoàng kỳ và hoa núi nở rộ vào đầu hè. Mật có màu hổ phách, sánh đặc và đậm vị, thoảng hương thảo mộc và chút caramel. Mật chỉ thu hoạch mỗi năm một lần vào mùa hè, quay lạnh và chỉ lọc đơn giản. Kết tinh là hiện tượng tự nhiên; bảo quản hũ ở nhiệt độ phòng, tránh ánh nắng.",
      en: "Several members keep bees in traditional wooden hives on the dry, sunny slopes above the village, where wild thyme, astragalus and mountain flowers bloom in early summer. The honey is amber, thick and full-flavoured, with herbal and slightly caramel notes. It is harvested once a year in summer, extracted without heat and simply strained. Crystallisation is natural; store the jar at room temperature away from sunlight.",
    },
    variants: [
      variant("IR-HNY-RUDBAR-500G", jar(500), 4000000, 70, 800),
      variant("IR-HNY-RUDBAR-1KG", JAR_1KG, 7800000, 30, 1450),
    ],
  },
];

export const ir: SeedMarketData = { market: "IR", regions, shops, products };
