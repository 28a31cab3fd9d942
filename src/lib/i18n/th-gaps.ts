/**
 * Thai messages of a new office's first days: the temporary password to replace at sign-in and
 * the dashboard before any item is assigned. Spread into th.ts.
 */
export const thGaps = {
	'account.mustChange':
		'รหัสผ่านที่ใช้อยู่เป็นรหัสผ่านชั่วคราวที่ผู้อื่นตั้งให้ กรุณาตั้งรหัสผ่านของคุณเองก่อน จึงจะใช้งานหน้าอื่นได้',
	'account.currentTemporary': 'ใส่รหัสผ่านชั่วคราวที่ได้รับ',
	'dash.noAssignments': 'ยังไม่ได้มอบหมายข้อ OIT ให้ส่วนราชการใด กราฟนี้จะแสดงเมื่อมีการมอบหมายแล้ว',
	'dash.assignNow': 'มอบหมายข้อ OIT ในตารางมอบหมายงาน',
	'dash.noHistory': 'ยังไม่มีข้อมูลย้อนหลัง ระบบบันทึกคะแนนวันละครั้ง กราฟจะแสดงตั้งแต่วันพรุ่งนี้'
};
