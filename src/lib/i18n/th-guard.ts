/** Thai messages of the confirmation steps and of returned work. */
export const thGuard = {
	'guard.submitTitle': 'ยังส่งไม่ครบ ต้องการส่งตรวจหรือไม่',
	'guard.approveTitle': 'ข้อนี้ยังไม่ครบ ต้องการอนุมัติหรือไม่',
	'guard.scoresZero': 'ข้อที่ยังไม่ครบจะได้ 0 คะแนน แม้ได้รับอนุมัติแล้ว',
	'guard.elementsMissing': 'องค์ประกอบที่ยังไม่มีหลักฐาน:',
	'guard.periodUnmet': 'หลักฐานยังไม่ครอบคลุมช่วงเวลาที่กำหนด',
	'guard.monthsMissing': 'ช่วงที่ยังขาด: {months}',
	'guard.submitAnyway': 'ส่งตรวจทั้งที่ยังไม่ครบ',
	'guard.approveAnyway': 'อนุมัติทั้งที่ยังไม่ครบ',
	'guard.cancel': 'ยกเลิก',
	'guard.signoffTitle': 'คะแนนยังต่ำกว่าเป้าหมาย ต้องการรับรองหรือไม่',
	'guard.signoffBelow': 'คะแนน OIT ที่ยืนยันแล้ว {score} ต่ำกว่าเป้าหมาย {target}',
	'guard.signoffAnyway': 'รับรองทั้งที่ต่ำกว่าเป้าหมาย',
	'guard.returnedTitle': 'ผู้ประสานงานส่งกลับให้แก้ไข',
	'guard.returnedHint':
		'แก้ไขหลักฐานตามความเห็นของผู้ตรวจ แล้วกด "ส่งให้ผู้ประสานงานตรวจ" อีกครั้ง หากไม่ต้องแก้ไขก็ส่งได้ทันที'
};
