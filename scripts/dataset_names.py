"""Vietnamese vocabulary of the national dataset (scripts/dataset.py): provinces of both maps, place-name syllables,
people's names, producer and product names. Data only."""

# The 34 provinces of 2025-07-01 (Nghị quyết 202/2025/QH15): code, name, communes and wards, the provinces of the old
# map that went into it (the first keeps the code). 86 (Vĩnh Long) is loaded by the migrations (V91) with its real
# 124 communes and is not generated here.
PROVINCES_2025 = [
    ("01", "Thành phố Hà Nội", 126, ["01"]),
    ("04", "Tỉnh Cao Bằng", 56, ["04"]),
    ("08", "Tỉnh Tuyên Quang", 124, ["08", "02"]),
    ("11", "Tỉnh Điện Biên", 45, ["11"]),
    ("12", "Tỉnh Lai Châu", 38, ["12"]),
    ("14", "Tỉnh Sơn La", 75, ["14"]),
    ("15", "Tỉnh Lào Cai", 99, ["15", "10"]),
    ("19", "Tỉnh Thái Nguyên", 92, ["19", "06"]),
    ("20", "Tỉnh Lạng Sơn", 65, ["20"]),
    ("22", "Tỉnh Quảng Ninh", 54, ["22"]),
    ("24", "Tỉnh Bắc Ninh", 99, ["24", "27"]),
    ("25", "Tỉnh Phú Thọ", 148, ["25", "26", "17"]),
    ("31", "Thành phố Hải Phòng", 114, ["31", "30"]),
    ("33", "Tỉnh Hưng Yên", 104, ["33", "34"]),
    ("37", "Tỉnh Ninh Bình", 129, ["37", "35", "36"]),
    ("38", "Tỉnh Thanh Hóa", 166, ["38"]),
    ("40", "Tỉnh Nghệ An", 130, ["40"]),
    ("42", "Tỉnh Hà Tĩnh", 69, ["42"]),
    ("44", "Tỉnh Quảng Trị", 78, ["44", "45"]),
    ("46", "Thành phố Huế", 40, ["46"]),
    ("48", "Thành phố Đà Nẵng", 94, ["48", "49"]),
    ("51", "Tỉnh Quảng Ngãi", 96, ["51", "62"]),
    ("52", "Tỉnh Gia Lai", 135, ["52", "64"]),
    ("56", "Tỉnh Khánh Hòa", 65, ["56", "58"]),
    ("66", "Tỉnh Đắk Lắk", 102, ["66", "54"]),
    ("68", "Tỉnh Lâm Đồng", 124, ["68", "67", "60"]),
    ("75", "Tỉnh Đồng Nai", 95, ["75", "70"]),
    ("79", "Thành phố Hồ Chí Minh", 168, ["79", "74", "77"]),
    ("80", "Tỉnh Tây Ninh", 96, ["80", "72"]),
    ("82", "Tỉnh Đồng Tháp", 102, ["82", "87"]),
    ("86", "Tỉnh Vĩnh Long", 124, ["86", "83", "84"]),
    ("91", "Tỉnh An Giang", 102, ["91", "89"]),
    ("92", "Thành phố Cần Thơ", 103, ["92", "93", "94"]),
    ("96", "Tỉnh Cà Mau", 64, ["96", "95"]),
]

# The 63 provinces before 2025-07-01: code, name, its capital (the provincial city).
PROVINCES_OLD = {
    "01": ("Thành phố Hà Nội", "Hoàn Kiếm"), "02": ("Tỉnh Hà Giang", "Hà Giang"), "04": ("Tỉnh Cao Bằng", "Cao Bằng"),
    "06": ("Tỉnh Bắc Kạn", "Bắc Kạn"), "08": ("Tỉnh Tuyên Quang", "Tuyên Quang"), "10": ("Tỉnh Lào Cai", "Lào Cai"),
    "11": ("Tỉnh Điện Biên", "Điện Biên Phủ"), "12": ("Tỉnh Lai Châu", "Lai Châu"), "14": ("Tỉnh Sơn La", "Sơn La"),
    "15": ("Tỉnh Yên Bái", "Yên Bái"), "17": ("Tỉnh Hòa Bình", "Hòa Bình"), "19": ("Tỉnh Thái Nguyên", "Thái Nguyên"),
    "20": ("Tỉnh Lạng Sơn", "Lạng Sơn"), "22": ("Tỉnh Quảng Ninh", "Hạ Long"), "24": ("Tỉnh Bắc Giang", "Bắc Giang"),
    "25": ("Tỉnh Phú Thọ", "Việt Trì"), "26": ("Tỉnh Vĩnh Phúc", "Vĩnh Yên"), "27": ("Tỉnh Bắc Ninh", "Bắc Ninh"),
    "30": ("Tỉnh Hải Dương", "Hải Dương"), "31": ("Thành phố Hải Phòng", "Hồng Bàng"), "33": ("Tỉnh Hưng Yên", "Hưng Yên"),
    "34": ("Tỉnh Thái Bình", "Thái Bình"), "35": ("Tỉnh Hà Nam", "Phủ Lý"), "36": ("Tỉnh Nam Định", "Nam Định"),
    "37": ("Tỉnh Ninh Bình", "Ninh Bình"), "38": ("Tỉnh Thanh Hóa", "Thanh Hóa"), "40": ("Tỉnh Nghệ An", "Vinh"),
    "42": ("Tỉnh Hà Tĩnh", "Hà Tĩnh"), "44": ("Tỉnh Quảng Bình", "Đồng Hới"), "45": ("Tỉnh Quảng Trị", "Đông Hà"),
    "46": ("Tỉnh Thừa Thiên Huế", "Huế"), "48": ("Thành phố Đà Nẵng", "Hải Châu"), "49": ("Tỉnh Quảng Nam", "Tam Kỳ"),
    "51": ("Tỉnh Quảng Ngãi", "Quảng Ngãi"), "52": ("Tỉnh Bình Định", "Quy Nhơn"), "54": ("Tỉnh Phú Yên", "Tuy Hòa"),
    "56": ("Tỉnh Khánh Hòa", "Nha Trang"), "58": ("Tỉnh Ninh Thuận", "Phan Rang - Tháp Chàm"),
    "60": ("Tỉnh Bình Thuận", "Phan Thiết"), "62": ("Tỉnh Kon Tum", "Kon Tum"), "64": ("Tỉnh Gia Lai", "Pleiku"),
    "66": ("Tỉnh Đắk Lắk", "Buôn Ma Thuột"), "67": ("Tỉnh Đắk Nông", "Gia Nghĩa"), "68": ("Tỉnh Lâm Đồng", "Đà Lạt"),
    "70": ("Tỉnh Bình Phước", "Đồng Xoài"), "72": ("Tỉnh Tây Ninh", "Tây Ninh"), "74": ("Tỉnh Bình Dương", "Thủ Dầu Một"),
    "75": ("Tỉnh Đồng Nai", "Biên Hòa"), "77": ("Tỉnh Bà Rịa - Vũng Tàu", "Vũng Tàu"),
    "79": ("Thành phố Hồ Chí Minh", "Quận 1"), "80": ("Tỉnh Long An", "Tân An"), "82": ("Tỉnh Tiền Giang", "Mỹ Tho"),
    "83": ("Tỉnh Bến Tre", "Bến Tre"), "84": ("Tỉnh Trà Vinh", "Trà Vinh"), "86": ("Tỉnh Vĩnh Long", "Vĩnh Long"),
    "87": ("Tỉnh Đồng Tháp", "Cao Lãnh"), "89": ("Tỉnh An Giang", "Long Xuyên"), "91": ("Tỉnh Kiên Giang", "Rạch Giá"),
    "92": ("Thành phố Cần Thơ", "Ninh Kiều"), "93": ("Tỉnh Hậu Giang", "Vị Thanh"), "94": ("Tỉnh Sóc Trăng", "Sóc Trăng"),
    "95": ("Tỉnh Bạc Liêu", "Bạc Liêu"), "96": ("Tỉnh Cà Mau", "Cà Mau"),
}

# Syllables of place names (xã, phường, huyện): two of them make a plausible name.
PLACE_FIRST = ["An", "Bình", "Phú", "Tân", "Long", "Hòa", "Thạnh", "Mỹ", "Phước", "Thuận", "Hưng", "Vĩnh", "Quang",
               "Minh", "Hải", "Sơn", "Thanh", "Lộc", "Hiệp", "Xuân", "Đại", "Nghĩa", "Yên", "Cẩm", "Kim", "Ngọc",
               "Đức", "Hồng", "Trung", "Đông", "Tây", "Nam", "Bắc", "Thái", "Quảng", "Hoàng", "Gia", "Lạc", "Phúc",
               "Thường", "Tam", "Cát", "Hạ", "Thượng", "Vân", "Tiên", "Định", "Khánh", "Thọ", "Hà"]
PLACE_SECOND = ["Lợi", "Thới", "Hội", "Điền", "Thành", "Tiến", "Phong", "Lâm", "Sơn", "Hà", "Giang", "Xuân", "Trạch",
                "Khê", "Lương", "Châu", "Quý", "Mỹ", "Phú", "Hòa", "An", "Bình", "Hưng", "Thịnh", "Lạc", "Long", "Tân",
                "Đông", "Trung", "Nghĩa", "Lộc", "Phước", "Thuận", "Hiệp", "Khánh", "Định", "Yên", "Đức", "Tường",
                "Cường", "Vinh", "Quang", "Minh", "Hải", "Thủy", "Linh", "Đạt", "Hoa", "Kiều", "Nguyên"]
HAMLET = ["Ấp", "Thôn", "Khóm", "Bản", "Tổ dân phố", "Xóm"]

FAMILY_NAMES = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 5), ("Phan", 4),
                ("Vũ", 4), ("Võ", 4), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 1),
                ("Lý", 1), ("Đinh", 1), ("Trương", 1), ("Lâm", 1), ("Thạch", 1), ("Mai", 1), ("Tô", 1), ("Châu", 1)]
MIDDLE_MALE = ["Văn", "Văn", "Văn", "Minh", "Hữu", "Đức", "Quốc", "Thanh", "Công", "Ngọc", "Xuân", "Hoàng"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Thu", "Kim", "Bích", "Mỹ", "Hồng", "Phương"]
GIVEN_MALE = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khang", "Khoa", "Long", "Minh", "Nam",
              "Nghĩa", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn",
              "Việt", "Vinh", "Hiếu", "Lâm", "Tín", "Lộc", "Hòa", "Tâm", "Trí", "Kiên", "Tùng"]
GIVEN_FEMALE = ["Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan",
                "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Trinh",
                "Tuyết", "Uyên", "Vân", "Vy", "Yến", "Diễm", "Hiền", "Huệ", "Lụa", "Mơ", "Xuân"]

# Producers: (type, share, name patterns). {field} is a business line, {place} a place name, {person} a person.
PRODUCER_TYPES = [
    ("COOPERATIVE", 36, ["Hợp tác xã {field} {place}", "Hợp tác xã Nông nghiệp {place}",
                         "Hợp tác xã Dịch vụ nông nghiệp {place}", "Hợp tác xã {field} {brand}"]),
    ("ENTERPRISE", 30, ["Công ty TNHH {field} {brand}", "Công ty Cổ phần {field} {brand}",
                        "Công ty TNHH MTV {field} {place}", "Công ty TNHH {brand} {place}"]),
    ("HOUSEHOLD_BUSINESS", 29, ["Hộ kinh doanh {person}", "Cơ sở {field} {person}", "Cơ sở sản xuất {brand}",
                                "Hộ kinh doanh {field} {brand}"]),
    ("COOPERATIVE_GROUP", 5, ["Tổ hợp tác {field} {place}", "Tổ hợp tác sản xuất {field} {place}"]),
]
FIELDS = ["Nông sản", "Thực phẩm", "Chế biến nông sản", "Thủy sản", "Dược liệu", "Trà", "Cà phê", "Mật ong",
          "Gạo sạch", "Rau an toàn", "Trái cây", "Thủ công mỹ nghệ", "Mây tre đan", "Chăn nuôi", "Nấm", "Dừa",
          "Nước mắm", "Bánh kẹo", "Rượu truyền thống", "Du lịch cộng đồng", "Dệt thổ cẩm", "Sinh vật cảnh",
          "Thảo dược", "Yến sào", "Đặc sản"]
BRANDS = ["Minh Long", "Phúc Lộc", "Hương Quê", "Sao Việt", "Xanh", "Đất Việt", "Tâm An", "Hồng Phát", "Kim Ngân",
          "Thiên Phú", "Bảo Châu", "Mekong", "Green Farm", "Việt Hưng", "Thành Đạt", "Ngọc Mai", "An Khang",
          "Phương Nam", "Trường Thịnh", "Hoa Sen", "Tây Bắc", "Cao Nguyên", "Sông Hậu", "Miền Tây", "Tân Lộc", "Hải Đăng"]

# Product names by kind; {place} is a place or region name. The well-known names come first in each kind.
PRODUCTS = {
    "fresh": ["Bưởi da xanh {place}", "Xoài cát Hòa Lộc", "Thanh long ruột đỏ", "Sầu riêng Ri6 {place}",
              "Dừa sáp {place}", "Nấm linh chi đỏ", "Nấm bào ngư {place}", "Cam sành {place}", "Nhãn lồng {place}",
              "Vải thiều Thanh Hà", "Chuối già Nam Mỹ", "Măng cụt {place}"],
    "meat": ["Gà đồi {place}", "Heo rừng lai {place}", "Trứng gà ta {place}", "Bò một nắng {place}"],
    "rice": ["Gạo ST25", "Gạo ST24 {place}", "Gạo thơm {place}", "Gạo nếp cái hoa vàng", "Gạo lứt đỏ {place}",
             "Gạo Tám xoan {place}", "Nếp cẩm {place}"],
    "honey": ["Mật ong rừng U Minh", "Mật ong hoa nhãn {place}", "Mật ong bạc hà", "Mật ong hoa cà phê {place}",
              "Yến sào {place}", "Tổ yến tinh chế"],
    "fastfood": ["Bánh mì que {place}", "Cơm cháy chà bông", "Mì gạo {place}"],
    "rice_made": ["Bánh tráng {place}", "Bánh pía {place}", "Bánh tét lá cẩm", "Cốm dẹp {place}", "Bún khô {place}",
                  "Bánh phồng tôm {place}", "Hủ tiếu {place}"],
    "veg_made": ["Chuối sấy dẻo", "Mít sấy giòn", "Mứt gừng {place}", "Kẹo dừa {place}", "Kẹo đậu phộng",
                 "Hạt điều rang muối", "Mứt dừa {place}", "Xoài sấy dẻo {place}"],
    "meat_made": ["Chả lụa {place}", "Lạp xưởng {place}", "Chà bông heo", "Trứng vịt muối {place}", "Nem chua {place}"],
    "fish_made": ["Khô cá lóc {place}", "Tôm khô {place}", "Khô cá dứa", "Mắm tép {place}", "Chả cá {place}",
                  "Khô mực {place}"],
    "sauce": ["Nước mắm {place}", "Nước mắm cá cơm", "Tương ớt {place}", "Nước mắm rươi {place}", "Tương bần"],
    "spice": ["Tiêu đen {place}", "Muối tôm {place}", "Bột nghệ {place}", "Tỏi Lý Sơn", "Hành tím {place}"],
    "tea": ["Trà Shan tuyết {place}", "Trà xanh Tân Cương", "Chè búp {place}", "Trà ô long {place}"],
    "herb_tea": ["Trà Sâm Đinh Lăng", "Trà mãng cầu", "Trà atiso {place}", "Trà túi lọc lá sen", "Trà gạo lứt",
                 "Trà hoa cúc {place}"],
    "coffee": ["Cà phê Robusta {place}", "Cà phê Arabica Cầu Đất", "Cà phê chồn", "Ca cao {place}",
               "Cà phê rang xay {place}"],
    "liquor": ["Rượu nếp cẩm {place}", "Rượu Bàu Đá", "Rượu đế {place}", "Rượu Gò Đen"],
    "other_drink": ["Rượu mơ {place}", "Rượu sim {place}", "Rượu vang nho {place}"],
    "water": ["Nước khoáng {place}", "Nước uống tinh khiết {place}"],
    "soft_drink": ["Nước cốt dừa", "Nước ép thanh long", "Mật hoa dừa {place}", "Sữa bắp {place}",
                   "Nước mía {place}"],
    "supplement": ["Cao đinh lăng {place}", "Sâm Ngọc Linh", "Cao atiso", "Viên nghệ mật ong", "Đông trùng hạ thảo",
                   "Tinh bột nghệ nếp đỏ", "Cao khô vằn {place}", "Trà giảo cổ lam"],
    "cosmetic": ["Xà phòng thảo dược {place}", "Dầu gội bồ kết", "Son dưỡng dầu dừa"],
    "oil": ["Tinh dầu tràm {place}", "Tinh dầu sả chanh", "Tinh dầu quế {place}"],
    "craft_deco": ["Gốm Bát Tràng men lam", "Gốm Chu Đậu", "Tranh thêu tay {place}", "Tượng gỗ mỹ nghệ",
                   "Khay sơn mài", "Đèn lồng Hội An"],
    "craft_home": ["Giỏ lục bình {place}", "Bộ bàn ghế tre {place}", "Làn mây đan", "Nón lá {place}",
                   "Chiếu cói {place}", "Đũa tre {place}"],
    "textile": ["Thổ cẩm {place}", "Khăn lụa tơ tằm {place}", "Áo dài lụa {place}", "Khăn rằn {place}"],
    "flower": ["Mai vàng {place}", "Lan hồ điệp {place}", "Hoa cúc mâm xôi"],
    "plant": ["Bonsai sam hương", "Kiểng lá {place}", "Mai chiếu thủy {place}"],
    "animal": ["Cá Koi {place}", "Chim chào mào {place}"],
    "tourism": ["Du lịch sinh thái {place}", "Điểm du lịch cộng đồng {place}", "Làng nghề truyền thống {place}",
                "Homestay miệt vườn {place}"],
}
# Each kind's share of the products and its product set number under 1048 and under 148 (26/2026 numbers its sets
# as 148 does); None: the decision has no such set (ornamentals came with 148).
KINDS = {
    "fresh": (9, 1, 1), "meat": (3, 2, 2), "rice": (6, 3, 3), "honey": (4, 4, 4), "fastfood": (1, 5, 5),
    "rice_made": (6, 6, 6), "veg_made": (8, 7, 7), "meat_made": (5, 8, 8), "fish_made": (6, 9, 8),
    "sauce": (4, 10, 9), "spice": (3, 11, 10), "tea": (4, 12, 11), "herb_tea": (4, 13, 12), "coffee": (3, 14, 13),
    "liquor": (3, 15, 14), "other_drink": (2, 16, 15), "water": (1, 17, 16), "soft_drink": (3, 18, 17),
    "supplement": (4, 19, 18), "cosmetic": (1, 20, 19), "oil": (1, 22, 20), "craft_deco": (3, 23, 21),
    "craft_home": (4, 24, 21), "textile": (2, 25, 22), "flower": (1, None, 23), "plant": (1, None, 24),
    "animal": (0.5, None, 25), "tourism": (2, 26, 26),
}
PACKAGING = {
    "food": ["", "", "", " hộp 500g", " túi 1kg", " hũ 250g", " loại đặc biệt", " hữu cơ", " cao cấp", " túi 5kg"],
    "drink": ["", "", "", " chai 500ml", " chai 750ml", " hộp quà", " loại đặc biệt", " cao cấp"],
    "other": ["", "", "", "", " loại đặc biệt", " cao cấp"],
}
DRINKS = ("liquor", "other_drink", "water", "soft_drink", "coffee", "tea", "herb_tea")
NON_FOOD = ("cosmetic", "oil", "craft_deco", "craft_home", "textile", "flower", "plant", "animal", "tourism")
PARTNER_NAMES = ["Siêu thị Co.opmart {place}", "Công ty TNHH Phân phối {brand}", "Chuỗi cửa hàng {brand}",
                 "Công ty Cổ phần Xuất nhập khẩu {brand}", "Sàn thương mại điện tử {brand}", "Cửa hàng đặc sản {place}",
                 "Siêu thị WinMart {place}", "Công ty TNHH Thương mại {brand} {place}"]
