import type { SeedMarketData, SeedProduct, SeedRegion, SeedShop } from "../types";

/**
 * Vietnam demo market: Long An (Mekong Delta) and Lâm Đồng (Central Highlands).
 * Prices are in đồng (VND has no minor unit).
 */

const regions: SeedRegion[] = [
  {
    slug: "vn-long-an",
    name: { vi: "Long An", fa: "لانگ آن", zh: "隆安省", en: "Long An" },
    lat: 10.536,
    lng: 106.414,
    children: [
      {
        slug: "vn-la-chau-thanh",
        name: { vi: "Châu Thành", fa: "چائو تان", zh: "州城县", en: "Chau Thanh" },
        lat: 10.458,
        lng: 106.497,
        children: [
          {
            slug: "vn-la-chau-thanh-thanh-phu-long",
            name: { vi: "Thanh Phú Long", fa: "تان فو لونگ", zh: "清富隆社", en: "Thanh Phu Long" },
            lat: 10.471,
            lng: 106.463,
          },
          {
            slug: "vn-la-chau-thanh-hoa-phu",
            name: { vi: "Hòa Phú", fa: "هوا فو", zh: "和富社", en: "Hoa Phu" },
            lat: 10.492,
            lng: 106.436,
          },
          {
            slug: "vn-la-chau-thanh-duong-xuan-hoi",
            name: { vi: "Dương Xuân Hội", fa: "زوئونگ سوان هوی", zh: "阳春会社", en: "Duong Xuan Hoi" },
            lat: 10.447,
            lng: 106.521,
          },
        ],
      },
      {
        slug: "vn-la-can-duoc",
        name: { vi: "Cần Đước", fa: "کان دوک", zh: "芹德县", en: "Can Duoc" },
        lat: 10.507,
        lng: 106.602,
        children: [
          {
            slug: "vn-la-can-duoc-my-le",
            name: { vi: "Mỹ Lệ", fa: "می له", zh: "美丽社", en: "My Le" },
            lat: 10.552,
            lng: 106.583,
          },
          {
            slug: "vn-la-can-duoc-tan-lan",
            name: { vi: "Tân Lân", fa: "تان لان", zh: "新麟社", en: "Tan Lan" },
            lat: 10.531,
            lng: 106.612,
          },
        ],
      },
      {
        slug: "vn-la-ben-luc",
        name: { vi: "Bến Lức", fa: "بن لوک", zh: "滨沥县", en: "Ben Luc" },
        lat: 10.638,
        lng: 106.488,
        children: [
          {
            slug: "vn-la-ben-luc-thanh-loi",
            name: { vi: "Thạnh Lợi", fa: "تان لوی", zh: "盛利社", en: "Thanh Loi" },
            lat: 10.601,
            lng: 106.362,
          },
          {
            slug: "vn-la-ben-luc-luong-hoa",
            name: { vi: "Lương Hòa", fa: "لوئونگ هوا", zh: "良和社", en: "Luong Hoa" },
            lat: 10.668,
            lng: 106.456,
          },
        ],
      },
    ],
  },
  {
    slug: "vn-lam-dong",
    name: { vi: "Lâm Đồng", fa: "لام دونگ", zh: "林同省", en: "Lam Dong" },
    lat: 11.94,
    lng: 108.458,
    children: [
      {
        slug: "vn-ld-bao-loc",
        name: { vi: "Bảo Lộc", fa: "بائو لوک", zh: "保禄市", en: "Bao Loc" },
        lat: 11.548,
        lng: 107.807,
        children: [
          {
            slug: "vn-ld-bao-loc-loc-chau",
            name: { vi: "Lộc Châu", fa: "لوک چائو", zh: "禄州社", en: "Loc Chau" },
            lat: 11.507,
            lng: 107.793,
          },
          {
            slug: "vn-ld-bao-loc-dai-lao",
            name: { vi: "Đại Lào", fa: "دای لائو", zh: "大劳社", en: "Dai Lao" },
            lat: 11.543,
            lng: 107.742,
          },
        ],
      },
      {
        slug: "vn-ld-lac-duong",
        name: { vi: "Lạc Dương", fa: "لاک زوئونگ", zh: "乐阳县", en: "Lac Duong" },
        lat: 12.004,
        lng: 108.425,
        children: [
          {
            slug: "vn-ld-lac-duong-lat",
            name: { vi: "Lát", fa: "لات", zh: "拉特社", en: "Lat" },
            lat: 12.043,
            lng: 108.389,
          },
          {
            slug: "vn-ld-lac-duong-da-sar",
            name: { vi: "Đạ Sar", fa: "دا سار", zh: "达沙社", en: "Da Sar" },
            lat: 11.994,
            lng: 108.552,
          },
        ],
      },
      {
        slug: "vn-ld-di-linh",
        name: { vi: "Di Linh", fa: "زی لین", zh: "迪灵县", en: "Di Linh" },
        lat: 11.583,
        lng: 108.07,
        children: [
          {
            slug: "vn-ld-di-linh-gia-hiep",
            name: { vi: "Gia Hiệp", fa: "زا هیپ", zh: "嘉协社", en: "Gia Hiep" },
            lat: 11.624,
            lng: 108.109,
          },
          {
            slug: "vn-ld-di-linh-tan-chau",
            name: { vi: "Tân Châu", fa: "تان چائو", zh: "新州社", en: "Tan Chau" },
            lat: 11.553,
            lng: 108.021,
          },
        ],
      },
    ],
  },
];

const shops: SeedShop[] = [
  {
    slug: "vuon-thanh-long-ut-hien",
    market: "VN",
    village: "vn-la-chau-thanh-thanh-phu-long",
    name: {
      vi: "Vườn thanh long Út Hiền",
      fa: "باغ میوه اژدها اوت هین",
      zh: "阿贤火龙果园",
      en: "Ut Hien Dragon Fruit Garden",
    },
    story: {
      vi: "Chị Nguyễn Thị Hiền (Út Hiền) cùng chồng chăm 1,5 ha thanh long ruột đỏ và ruột trắng ở xã Thanh Phú Long, nơi nhà chị trồng thanh long từ những năm 1990. Vườn làm theo VietGAP, thắp đèn ban đêm để cây ra hoa trái vụ nên có trái quanh năm. Cán bộ bưu điện văn hóa xã giúp chị chụp ảnh, đăng bán và gửi hàng đi khắp nơi ngay trong ngày hái.",
      fa: "خانم نگوین تی هین (اوت هین) همراه همسرش یک و نیم هکتار میوه اژدهای گوشت‌قرمز و گوشت‌سفید را در روستای تان فو لونگ پرورش می‌دهد؛ خانواده او از دهه ۱۹۹۰ میوه اژدها می‌کارند. باغ طبق استاندارد VietGAP اداره می‌شود و شب‌ها با چراغ روشن می‌ماند تا گیاهان خارج از فصل گل بدهند و در تمام سال میوه داشته باشند. کارمندان دفتر پست فرهنگی روستا به او کمک می‌کنند عکس بگیرد، محصولاتش را فهرست کند و همان روز برداشت ارسال کند.",
      zh: "阮氏贤（人称“阿贤”）和丈夫在清富隆社种植1.5公顷红心和白心火龙果，她家从上世纪90年代就开始种火龙果。果园按VietGAP标准管理，夜间点灯促使反季开花，因此一年四季都有果实。社里的文化邮局工作人员帮她拍照、上架商品，并在采摘当天发货到全国各地。",
      en: "Nguyen Thi Hien, known as Ut Hien, and her husband tend 1.5 hectares of red- and white-flesh dragon fruit in Thanh Phu Long, where her family has grown the fruit since the 1990s. The garden follows VietGAP rules and is lit at night so the cacti flower out of season, giving fruit all year round. Staff at the commune cultural post office help her photograph, list and ship her fruit on the day it is picked.",
    },
    phone: "+84918352741",
  },
  {
    slug: "htx-nang-thom-my-le",
    market: "VN",
    village: "vn-la-can-duoc-my-le",
    name: {
      vi: "HTX Lúa gạo Nàng Thơm Mỹ Lệ",
      fa: "تعاونی برنج نانگ توم می له",
      zh: "美丽社香姑米合作社",
      en: "My Le Nang Thom Rice Cooperative",
    },
    story: {
      vi: "Hợp tác xã gồm hơn bốn mươi hộ ở xã Mỹ Lệ, vùng đất gốc của giống lúa Nàng Thơm Chợ Đào từng là gạo tiến vua. Bà con giữ giống thuần, cấy trên ruộng đất phèn nhẹ ven sông Vàm Cỏ và xay xát ngay tại xã; một phần ruộng được trồng thêm ST25. Bưu điện văn hóa xã nhận đơn, đóng bao hút chân không và gửi gạo mới xay tới tận nhà khách.",
      fa: "این تعاونی بیش از چهل خانوار در روستای می له را گرد هم آورده است؛ زادگاه برنج نانگ توم چو دائو که روزگاری به دربار پادشاهان پیشکش می‌شد. کشاورزان بذر خالص را نگه می‌دارند، آن را در شالیزارهای کنار رود وام کو می‌کارند و در خود روستا آسیاب می‌کنند؛ بخشی از زمین‌ها هم زیر کشت رقم ST25 است. دفتر پست فرهنگی روستا سفارش‌ها را می‌گیرد، برنج تازه‌آسیاب‌شده را وکیوم می‌کند و به در خانه می‌فرستد.",
      zh: "合作社由美丽社四十多户农家组成，这里是曾作为贡米进献朝廷的“香姑·周桃”（Nàng Thơm Chợ Đào）稻米的原产地。农户保留纯种稻种，在鹅贡河畔的田里种植，并在本社碾米；部分田地还种植ST25。社文化邮局负责接单、真空包装，把新碾的大米直接寄到顾客家中。",
      en: "The cooperative brings together more than forty households in My Le, the home of Nang Thom Cho Dao, a fragrant rice once sent as tribute to the royal court. Members keep the pure seed line, plant it in fields along the Vam Co River and mill it in the commune, with part of the land also under ST25. The commune cultural post office takes orders, vacuum-packs the freshly milled rice and sends it to customers' doors.",
    },
    phone: "+84913874615",
  },
  {
    slug: "chanh-khong-hat-thanh-loi",
    market: "VN",
    village: "vn-la-ben-luc-thanh-loi",
    name: {
      vi: "Vườn chanh không hạt Khoa Thạnh Lợi",
      fa: "باغ لیموی بی‌دانه خوا در تان لوی",
      zh: "盛利社阿科无籽青柠园",
      en: "Khoa's Seedless Lime Garden, Thanh Loi",
    },
    story: {
      vi: "Sau năm năm làm lập trình viên ở TP. Hồ Chí Minh, anh Trần Minh Khoa về xã Thạnh Lợi tiếp quản vườn chanh không hạt hai hecta của cha mẹ. Anh chuyển vườn sang quy trình VietGAP, dùng tưới nhỏ giọt và làm thêm chanh muối, chanh sấy từ những trái không đẹp mã. Nhờ bưu điện văn hóa xã hướng dẫn mở gian hàng trực tuyến, chanh của vườn nay đi xa hơn chợ đầu mối.",
      fa: "آقای تران مین خوا پس از پنج سال برنامه‌نویسی در شهر هوشی‌مین به روستای تان لوی بازگشت تا باغ دو هکتاری لیموی بی‌دانه پدر و مادرش را اداره کند. او باغ را به روش VietGAP درآورد، آبیاری قطره‌ای راه انداخت و از میوه‌های کم‌ظاهر، لیموی نمک‌سود و برگه لیمو درست می‌کند. با راهنمایی دفتر پست فرهنگی روستا برای راه‌اندازی فروشگاه اینترنتی، لیموهای این باغ اکنون به جایی دورتر از بازار عمده‌فروشی می‌رسند.",
      zh: "陈明科在胡志明市做了五年程序员后，回到盛利社接手父母两公顷的无籽青柠园。他把果园改为VietGAP标准管理，安装了滴灌，还把卖相不佳的果子做成盐渍青柠和青柠干。在社文化邮局的帮助下开设网店后，果园的青柠如今卖到了批发市场以外更远的地方。",
      en: "After five years as a software developer in Ho Chi Minh City, Tran Minh Khoa came home to Thanh Loi to take over his parents' two-hectare seedless lime garden. He moved the orchard to VietGAP practice, put in drip irrigation and turns less handsome fruit into salted and dried limes. With the commune cultural post office helping him open an online shop, the garden's limes now travel far beyond the wholesale market.",
    },
    phone: "+84387146208",
  },
  {
    slug: "tra-blao-nha-doan",
    market: "VN",
    village: "vn-ld-bao-loc-loc-chau",
    name: {
      vi: "Trà B'Lao nhà Đoàn",
      fa: "چای بلائو خانواده دوآن",
      zh: "段家B'Lao茶园",
      en: "Doan Family B'Lao Tea",
    },
    story: {
      vi: "Ông bà nội của anh Đoàn Văn Phúc lên Bảo Lộc khai hoang trồng chè từ cuối những năm 1950; nay gia đình anh chăm ba hecta chè trên đồi xã Lộc Châu. Ngoài chè xanh truyền thống, nhà Đoàn trồng các giống Kim Tuyên, Tứ Quý để làm ô long, tự sao sấy và ướp hoa nhài trong xưởng nhỏ. Bưu điện văn hóa xã giúp gia đình đóng gói, đăng bán và gửi trà cho khách ở xa.",
      fa: "پدربزرگ و مادربزرگ آقای دوآن وان فوک از اواخر دهه ۱۹۵۰ به بائو لوک آمدند و زمین را برای کشت چای آباد کردند؛ امروز خانواده او سه هکتار باغ چای روی تپه‌های روستای لوک چائو دارد. خانواده دوآن علاوه بر چای سبز سنتی، ارقام کیم توین و تو کوی را برای اولانگ می‌کارند و در کارگاه کوچک خود چای را برشته، خشک و با گل یاس معطر می‌کنند. دفتر پست فرهنگی روستا در بسته‌بندی، فهرست کردن و ارسال چای برای مشتریان دوردست به آن‌ها کمک می‌کند.",
      zh: "段文福的祖父母在上世纪50年代末来到保禄开荒种茶；如今他家在禄州社的山坡上经营三公顷茶园。除了传统绿茶，段家还种植金萱、四季春等品种制作乌龙茶，并在自家小作坊里炒制、烘干和窨制茉莉花茶。社文化邮局帮助他们包装、上架，并把茶叶寄给远方的顾客。",
      en: "Doan Van Phuc's grandparents came to Bao Loc in the late 1950s to clear land for tea; today the family tends three hectares on the hills of Loc Chau. Besides traditional green tea they grow the Kim Tuyen and Tu Quy cultivars for oolong, and pan-fire, dry and jasmine-scent their tea in a small family workshop. The commune cultural post office helps them pack, list and send their tea to customers far away.",
    },
    phone: "+84963518427",
  },
  {
    slug: "htx-ca-phe-kho-lat",
    market: "VN",
    village: "vn-ld-lac-duong-lat",
    name: {
      vi: "HTX Cà phê K'Ho Lát",
      fa: "تعاونی قهوه کوهو در لات",
      zh: "拉特社格贺族咖啡合作社",
      en: "Lat K'Ho Coffee Cooperative",
    },
    story: {
      vi: "Hợp tác xã do chị K'Thi, một phụ nữ K'Ho, cùng hai mươi lăm hộ đồng bào dưới chân núi Lang Biang thành lập. Các hộ trồng arabica dưới tán thông ở độ cao khoảng 1.500 m, hái chọn quả chín đỏ bằng tay, phơi trên giàn và rang mộc tại xã; vườn nhà còn có hồng, dâu tằm và atiso. Bưu điện văn hóa xã Lát là nơi bà con học cách chụp ảnh sản phẩm, nhận đơn và gửi hàng đi khắp cả nước.",
      fa: "این تعاونی را خانم کِتی، زنی از قوم کوهو، همراه بیست‌وپنج خانوار ساکن دامنه کوه لانگ بیانگ بنیان گذاشته است. اعضا قهوه عربیکا را زیر سایه کاج‌ها در ارتفاع حدود ۱۵۰۰ متر می‌کارند، فقط دانه‌های قرمز رسیده را با دست می‌چینند، روی سکوهای مشبک خشک می‌کنند و در همان روستا بدون افزودنی برشته می‌کنند؛ در باغ‌هایشان خرمالو، توت و کنگر فرنگی هم هست. دفتر پست فرهنگی روستای لات جایی است که اهالی عکاسی از محصول، گرفتن سفارش و ارسال بسته به سراسر کشور را یاد می‌گیرند.",
      zh: "合作社由格贺族妇女K'Thi与朗扁山脚下的二十五户乡亲共同创办。社员们在海拔约1500米的松树林下种植阿拉比卡咖啡，只手工采摘红熟的咖啡果，在架床上晾晒，并在本社进行无添加烘焙；各家园子里还种着柿子、桑葚和洋蓟。拉特社文化邮局是乡亲们学习拍摄商品、接单和向全国发货的地方。",
      en: "The cooperative was founded by K'Thi, a K'Ho woman, together with twenty-five households at the foot of Lang Biang mountain. Members grow arabica under pine shade at about 1,500 m, hand-pick only ripe red cherries, dry them on raised beds and roast without additives in the commune; their gardens also hold persimmons, mulberries and artichokes. The Lat commune cultural post office is where members learned to photograph products, take orders and ship across the country.",
    },
    phone: "+84976205138",
  },
  {
    slug: "nong-trai-gia-hiep-di-linh",
    market: "VN",
    village: "vn-ld-di-linh-gia-hiep",
    name: {
      vi: "Nông trại nhà Thành – Gia Hiệp",
      fa: "مزرعه خانواده تان در زا هیپ",
      zh: "嘉协社阿成家庭农场",
      en: "Thanh Family Farm, Gia Hiep",
    },
    story: {
      vi: "Anh Lê Văn Thành và vợ là chị Ka Nhiên canh tác bốn hecta ở xã Gia Hiệp, nơi cà phê vối xen canh với mắc ca và hồ tiêu leo trụ. Vợ chồng anh đặt các thùng ong giữa vườn vào mùa cà phê nở hoa và tự rang xay cà phê cho khách quen. Từ khi bưu điện văn hóa xã hỗ trợ đăng bán trên sàn, nông trại gửi hàng đều đặn cho khách ở Hà Nội và TP. Hồ Chí Minh.",
      fa: "آقای له وان تان و همسرش خانم کا نیِن چهار هکتار زمین در روستای زا هیپ دارند که در آن قهوه روبوستا در کنار درختان ماکادمیا و بوته‌های فلفل سیاه که از پایه‌ها بالا می‌روند کشت می‌شود. آن‌ها در فصل گل‌دادن قهوه کندوهای زنبور عسل را میان باغ می‌گذارند و قهوه مشتریان همیشگی را خودشان برشته و آسیاب می‌کنند. از وقتی دفتر پست فرهنگی روستا در فروش اینترنتی یاری‌شان کرده، مزرعه به‌طور منظم برای مشتریان هانوی و هوشی‌مین بار می‌فرستد.",
      zh: "黎文成和妻子Ka Nhiên在嘉协社经营四公顷土地，罗布斯塔咖啡与澳洲坚果间作，胡椒则攀爬在支柱上。每到咖啡花期，夫妻俩把蜂箱放进园中，并亲自为老顾客烘焙、研磨咖啡。自从社文化邮局帮助他们在电商平台上架后，农场定期向河内和胡志明市的顾客发货。",
      en: "Le Van Thanh and his wife Ka Nhien farm four hectares in Gia Hiep, where robusta coffee grows alongside macadamia trees and black pepper vines climbing their posts. When the coffee blossoms they set beehives among the rows, and they roast and grind coffee themselves for regular customers. Since the commune cultural post office helped them list on an online marketplace, the farm ships steadily to buyers in Hanoi and Ho Chi Minh City.",
    },
    phone: "+84355729164",
  },
];

const products: SeedProduct[] = [
];

export const vn: SeedMarketData = { market: "VN", regions, shops, products };
