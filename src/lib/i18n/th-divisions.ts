/** Thai messages of the settings pages: archiving a division, and the round's dates. */
export const thDivisions = {
	'divisions.confirmTitle': 'เก็บ "{name}" เข้าคลัง?',
	'divisions.confirmItems':
		'ส่วนราชการนี้รับผิดชอบ {count} ข้อ เมื่อเก็บเข้าคลังแล้ว ข้อที่ไม่มีส่วนราชการอื่นร่วมรับผิดชอบจะขึ้นว่า "ต้องมอบหมายใหม่" ในตารางผู้รับผิดชอบและหน้าความพร้อม หลักฐานและประวัติยังอยู่ครบ',
	'divisions.confirmNoItems': 'ส่วนราชการนี้ยังไม่ได้รับผิดชอบข้อใด',
	'divisions.confirmSections':
		'ฝ่ายในสังกัด ({names}) ยังใช้งานต่อได้ และจะแสดงเป็นระดับบนจนกว่าจะย้ายไปสังกัดกองอื่น',
	'divisions.confirmYes': 'ยืนยันเก็บเข้าคลัง',
	'divisions.itemOf': 'ปี {year} · ข้อ {code} {name}',
	'round.closesBeforeOpens': 'วันปิดระบบ ITAS อยู่ก่อนวันเปิด ต้องเป็นวันเดียวกันหรือหลังวันเปิด',
	'divisions.orphan': 'เดิมสังกัด {parent} ซึ่งเก็บเข้าคลังแล้ว'
} as const;
