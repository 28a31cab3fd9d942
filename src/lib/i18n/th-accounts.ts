/**
 * Thai messages of the address page (a form sent from an address the app does not answer to), the
 * account page (own password), password resets by the coordinator and set-up. Spread into th.ts.
 */
export const thAccounts = {
	'address.title': 'กรุณาเปิดระบบจากที่อยู่ของระบบ',
	'address.configured':
		'ระบบนี้ตั้งค่าให้ใช้งานที่ {address} แบบฟอร์มที่ส่งจากที่อยู่อื่น (เบราว์เซอร์นี้ใช้ {used}) จะถูกปฏิเสธ จึงเข้าสู่ระบบจากที่อยู่นี้ไม่ได้',
	'address.crossSite':
		'มีการส่งแบบฟอร์มมายังระบบจากเว็บไซต์อื่น หรือจากที่อยู่ที่ระบบไม่รองรับ ระบบจึงปฏิเสธ และไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ',
	'address.open': 'เปิด {address}',
	'address.operator':
		'หากต้องการใช้ที่อยู่อื่น ผู้ดูแลเครื่องแม่ข่ายต้องแก้ค่า ORIGIN (หรือไม่กำหนดค่า เพื่อให้ใช้ได้ทุกที่อยู่ของเครื่องนี้)',
	'orgType.bangkok': 'กรุงเทพมหานคร (องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ)',
	'orgType.pattaya': 'เมืองพัทยา (องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ)',
	'setup.provinceHint': 'พิมพ์แล้วเลือกจากรายการ 77 จังหวัด',
	'setup.provinceUnknown': 'ไม่พบจังหวัดนี้ กรุณาเลือกจากรายการ 77 จังหวัด (เช่น พะเยา หรือ กรุงเทพมหานคร)',
	'home.setupDone':
		'ตั้งค่าหน่วยงานเรียบร้อยแล้ว และคุณเข้าสู่ระบบในฐานะผู้ประสานงาน ITA ขั้นต่อไป: เพิ่มส่วนราชการและผู้ใช้งานในเมนูตั้งค่า'
};
