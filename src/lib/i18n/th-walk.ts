/**
 * Thai messages found missing on a walk through a new office's pages: a role without a
 * division on "my work", and the user form before any division exists. Spread into th.ts.
 */
export const thWalk = {
	'work.notContributor':
		'หน้านี้แสดงงานของผู้รับผิดชอบข้อมูลในส่วนราชการ บทบาทของคุณไม่มีงานที่ต้องส่งในหน้านี้ ดูภาพรวมของหน่วยงานได้ที่หน้าความพร้อม',
	'work.toDashboard': 'ไปที่หน้าความพร้อม',
	'members.noDivisions': 'ยังไม่มีส่วนราชการ เพิ่มส่วนราชการก่อน แล้วจึงผูกผู้รับผิดชอบข้อมูลกับส่วนราชการได้',
	'members.addDivisions': 'เพิ่มส่วนราชการ'
};
