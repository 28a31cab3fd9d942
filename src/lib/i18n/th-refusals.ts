/**
 * Thai messages of refusals that say what happened: set-up after set-up, sign-in slow-down,
 * characters that cannot be stored, bodies over the limit, permission and conflict answers.
 * Kept in a block of their own and spread into th.ts.
 */
export const thRefusals = {
	'v.badText':
		'ช่อง “{field}” มีอักขระที่บันทึกไม่ได้ (อักขระควบคุม เช่น NUL หรือข้อความที่เข้ารหัสไม่ถูกต้อง) กรุณาลบออกแล้วลองใหม่',
	'v.badQuery': 'ค่า “{field}” ในที่อยู่หน้าเว็บมีอักขระที่ใช้ไม่ได้ (อักขระควบคุมหรือรหัสที่อ่านไม่ได้)',
	'v.unknownChoice': 'ไม่พบรายการที่เลือกในหน่วยงานของคุณ กรุณาเลือกจากรายการ',
	'error.tooLargeTitle': 'ข้อมูลที่ส่งมีขนาดใหญ่เกินไป',
	'error.tooLarge': 'ข้อมูลหรือไฟล์ที่ส่งมีขนาดใหญ่เกินกำหนด (สูงสุด {limit}) กรุณาลดขนาดหรือแบ่งส่งแล้วลองใหม่',
	'setup.closed': 'หน่วยงานนี้ตั้งค่าไปแล้ว การเริ่มต้นใช้งานทำได้ครั้งเดียว กรุณาเข้าสู่ระบบ',
	'login.wait': 'พยายามเข้าสู่ระบบผิดหลายครั้งเกินไป กรุณารอ {seconds} วินาทีแล้วลองใหม่',
	'members.existingNote':
		'หากอีเมลนี้มีบัญชีในระบบอยู่แล้ว ผู้ใช้งานเข้าสู่ระบบด้วยรหัสผ่านเดิมของตน (ไม่ใช้รหัสผ่านเริ่มต้นที่กรอก)',
	'members.alreadyMember': 'ผู้ใช้งานอีเมลนี้อยู่ในหน่วยงานแล้ว',
	'members.demoAccount': 'อีเมลนี้เป็นบัญชีของหน่วยงานตัวอย่างซึ่งรหัสผ่านเปิดเผย ใช้อีเมลอื่น',
	'evidence.notYours':
		'คุณไม่มีสิทธิ์นำหลักฐานนี้ออก: หลักฐานเป็นของส่วนราชการอื่น เฉพาะส่วนราชการเจ้าของหรือผู้ประสานงาน ITA เท่านั้น',
	'item.movedMeanwhile': 'มีผู้อื่นเปลี่ยนสถานะข้อนี้ไปก่อนแล้ว สถานะปัจจุบัน: {status}'
} as const;
