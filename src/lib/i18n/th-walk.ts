/**
 * Thai messages found missing on a walk through a new office's pages: a role without a
 * division on "my work", the user form before any division exists, and the change log's names
 * of the plan, sign-off, token, edition (and its rows) and link-exception records. Spread into th.ts.
 */
export const thWalk = {
	'work.notContributor':
		'หน้านี้แสดงงานของผู้รับผิดชอบข้อมูลในส่วนราชการ บทบาทของคุณไม่มีงานที่ต้องส่งในหน้านี้ ดูภาพรวมของหน่วยงานได้ที่หน้าความพร้อม',
	'work.toDashboard': 'ไปที่หน้าความพร้อม',
	'members.noDivisions': 'ยังไม่มีส่วนราชการ เพิ่มส่วนราชการก่อน แล้วจึงผูกผู้รับผิดชอบข้อมูลกับส่วนราชการได้',
	'members.addDivisions': 'เพิ่มส่วนราชการ',
	'history.table.action_plans': 'แผนป้องกันการทุจริต',
	'history.table.plan_items': 'รายการในแผน',
	'history.table.plan_progress': 'ผลการดำเนินงานตามแผน',
	'history.table.signoffs': 'การรับรองของผู้บริหาร',
	'history.table.api_tokens': 'โทเค็น API',
	'history.table.catalogs': 'ฉบับรายการ OIT',
	'history.table.catalog_indicators': 'ตัวชี้วัดในฉบับรายการ',
	'history.table.catalog_sub_indicators': 'ตัวชี้วัดย่อยในฉบับรายการ',
	'history.table.catalog_groups': 'กลุ่มข้อในฉบับรายการ',
	'history.table.catalog_items': 'ข้อในฉบับรายการ',
	'history.table.catalog_elements': 'องค์ประกอบของข้อ',
	'log.field.code': 'รหัส',
	'log.field.name_th': 'ชื่อ',
	'log.field.title_th': 'ชื่อฉบับ',
	'log.field.text_th': 'ข้อความ',
	'history.table.link_exceptions': 'ลิงก์นอกเว็บไซต์ที่ยอมรับ',
	'home.signoffView': 'ดูที่แดชบอร์ดความพร้อม',
	'log.field.planKind': 'ประเภทรายการ'
};
