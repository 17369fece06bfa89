import type { DemoCategory } from "./types"

/**
 * Category tree of the demo distributor (快消品 / food & beverage and daily goods).
 * Products are only assigned to leaves.
 */
export const demoCategories: DemoCategory[] = [
  {
    handle: "beverages",
    name: "饮料酒水",
    name_en: "Beverages & Beer",
    description: "饮用水、碳酸饮料、茶饮料、果汁及啤酒，整箱批发。",
    children: [
      { handle: "drinking-water", name: "饮用水", name_en: "Drinking Water", description: "天然水、纯净水、苏打水及家庭装桶装水。" },
      { handle: "carbonated-drinks", name: "碳酸饮料", name_en: "Carbonated Drinks", description: "可乐、汽水等碳酸饮料，罐装与瓶装。" },
      { handle: "tea-drinks", name: "茶饮料", name_en: "Tea Drinks", description: "冰红茶、蜜茶、无糖茶及凉茶。" },
      { handle: "juice-drinks", name: "果汁饮料", name_en: "Juice Drinks", description: "纯果汁、椰子汁及果味饮料。" },
      { handle: "beer", name: "啤酒", name_en: "Beer", description: "清爽型、纯生及精酿啤酒。" },
    ],
  },
  {
    handle: "dairy-breakfast",
    name: "乳品冲调",
    name_en: "Dairy & Breakfast",
    description: "常温牛奶、酸奶及燕麦、咖啡等冲调食品。",
    children: [
      { handle: "milk", name: "牛奶", name_en: "Milk", description: "常温纯牛奶、高钙奶及儿童奶。" },
      { handle: "yogurt", name: "酸奶乳饮", name_en: "Yogurt & Milk Drinks", description: "常温酸奶及乳酸菌饮品。" },
      { handle: "instant-drinks", name: "冲调饮品", name_en: "Cereals & Instant Drinks", description: "燕麦片、速溶咖啡、芝麻糊等。" },
    ],
  },
  {
    handle: "snacks",
    name: "休闲食品",
    name_en: "Snacks",
    description: "饼干糕点、坚果炒货、膨化食品及糖果巧克力。",
    children: [
      { handle: "biscuits-pastries", name: "饼干糕点", name_en: "Biscuits & Pastries", description: "苏打饼干、夹心饼干、面包及传统糕点。" },
      { handle: "nuts-seeds", name: "坚果炒货", name_en: "Nuts & Seeds", description: "每日坚果、瓜子、腰果、开心果等。" },
      { handle: "puffed-snacks", name: "膨化食品", name_en: "Puffed Snacks", description: "薯片、虾条、玉米棒、锅巴。" },
      { handle: "candy-chocolate", name: "糖果巧克力", name_en: "Candy & Chocolate", description: "巧克力、硬糖、软糖及口香糖。" },
    ],
  },
  {
    handle: "grain-oil-seasoning",
    name: "粮油调味",
    name_en: "Grain, Oil & Seasoning",
    description: "食用油、米面、调味品及方便速食。",
    children: [
      { handle: "edible-oil", name: "食用油", name_en: "Edible Oil", description: "花生油、大豆油、玉米油、菜籽油。" },
      { handle: "rice-flour", name: "大米面粉", name_en: "Rice & Flour", description: "东北大米、丝苗米及各类小麦粉。" },
      { handle: "condiments", name: "调味品", name_en: "Condiments", description: "酱油、醋、蚝油、鸡精、食用盐。" },
      { handle: "instant-food", name: "方便速食", name_en: "Instant Food", description: "方便面、挂面、自热火锅。" },
    ],
  },
  {
    handle: "daily-chemicals",
    name: "日化用品",
    name_en: "Household & Personal Care",
    description: "洗衣用品、个人护理、纸品及家居清洁。",
    children: [
      { handle: "laundry", name: "洗衣用品", name_en: "Laundry", description: "洗衣液、洗衣粉、洗衣凝珠、柔顺剂。" },
      { handle: "personal-care", name: "个人护理", name_en: "Personal Care", description: "洗发水、沐浴露、牙膏、香皂。" },
      { handle: "paper-products", name: "纸品", name_en: "Paper Products", description: "卷纸、抽纸、手帕纸、厨房用纸。" },
      { handle: "household-cleaning", name: "家居清洁", name_en: "Household Cleaning", description: "洗洁精、消毒液、洁厕液、垃圾袋。" },
    ],
  },
  {
    handle: "gift-boxes",
    name: "节日礼盒",
    name_en: "Festive Gift Packs",
    description: "春节、中秋等节日团购礼盒，汇采优选自有品牌。",
  },
]
