import type { L10n, SeedMarketData, SeedProduct, SeedRegion, SeedShop, SeedVariant } from "../types";

/* ------------------------------------------------------------------ helpers */

const FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
/** Western digits → Persian digits, "." → Persian decimal separator. */
const fa = (n: number | string): string =>
  String(n)
    .replace(/\d/g, (d) => FA_DIGITS[Number(d)])
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
      zh: "拉希米一家三代在加伊纳特地区的埃斯费登村种植藏红花，田地由古老的坎儿井灌溉。每年十一月，全家人在日出前采花，并在当天手工分出红色花丝。花丝用温和的热度慢慢烘干，在家中装入小铁盒。村里的乡村信息服务站（pishkhan）帮他们打印邮寄标签，邮车每周上门收件两次。",
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

/* ----------------------------------------------------------------- products */

const products: SeedProduct[] = [
  // PRODUCTS-SK
  // PRODUCTS-GL
];

export const ir: SeedMarketData = { market: "IR", regions, shops, products };
