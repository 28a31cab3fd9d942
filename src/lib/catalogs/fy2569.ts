/**
 * OIT checklist, fiscal year 2569: a provisional edition, shipped as the starting point for FY2570.
 * No NACC manual for 2569 is at hand. The 23 items come from docs/ita-later-years.md §3: one
 * agency's (RTRDA's) OIT page headings for 2568–2569, confidence P, with that agency's document
 * years giving the period rules. o2, o6 and o7 exist (the numbering runs on) but were not found:
 * they are `gaps`, never filled in. Whether there are items past o26 is unknown. The sub-indicators
 * were not found either, so every item sits in one placeholder indicator, sub-indicator and group.
 * Elements are given only for o1, the one item whose criteria a source states; what the agency
 * published as evidence is a hint in `noteTh`, not an element.
 */
import type { CatalogDefinition } from '$lib/domain/catalog';
import { ratingScheme } from '$lib/domain/scheme';

const NO_ELEMENTS = 'ยังไม่มีองค์ประกอบตามเกณฑ์: ต้องถอดความจากคู่มือการประเมิน ITA ของสำนักงาน ป.ป.ช.';

/** An agency's evidence for the item: a hint of what to publish, not a criterion. */
const hint = (text: string) => `${NO_ELEMENTS} ตัวอย่างหลักฐานที่ RTRDA เผยแพร่บนหน้า OIT ปี 2569: ${text}`;

export const fy2569: CatalogDefinition = {
	fiscalYear: 2569,
	status: 'provisional',
	titleTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569 (ฉบับชั่วคราว)',
	titleEn:
		'Open Data Integrity and Transparency Assessment (OIT) checklist, fiscal year 2569 (provisional)',
	source:
		'หน้า OIT ของสถาบันวิจัยและพัฒนาเทคโนโลยีระบบราง (RTRDA) ปีงบประมาณ 2568–2569 (หัวข้อรายการและเอกสารหลักฐานที่เผยแพร่ ระดับความเชื่อมั่น P: แหล่งเดียว) องค์ประกอบของ o1 จากหน้า OIT ปี 2569 ของคณะครุศาสตร์ มหาวิทยาลัยราชภัฏราชนครินทร์ ซึ่งตรงกับแนวทางการประเมิน ITA ปี 2568 ที่ itachon.com และรายการ ITA ปี 2569 ของวิทยาลัยในสังกัดสำนักงานคณะกรรมการการอาชีวศึกษา (รายการเฉพาะภาคส่วน) ใช้ยืนยันเพียงว่ามีหัวข้อ o15, o20 และ o21 — เป็นจุดตั้งต้นสำหรับวางแผนปีงบประมาณ 2570 ไม่ใช่คู่มือการประเมินของสำนักงาน ป.ป.ช.',
	notes:
		'ฉบับชั่วคราวสำหรับใช้เป็นจุดตั้งต้นวางแผนปีงบประมาณ 2570 เท่านั้น ไม่ใช่เกณฑ์การประเมินของสำนักงาน ป.ป.ช. ชื่อข้อเป็นหัวข้อบนหน้าเว็บของหน่วยงานแห่งเดียว จึงอาจมีถ้อยคำของหน่วยงานนั้นปนอยู่ สิ่งที่ยังขาดหรือยังไม่ได้ยืนยัน: (1) ไม่พบข้อ o2, o6 และ o7 (o2 น่าจะเป็น "ข้อมูลผู้บริหาร" แต่เป็นเพียงการอนุมาน) และไม่ทราบว่ามีข้อถัดจาก o26 หรือไม่ (2) ไม่พบการแบ่งตัวชี้วัดและตัวชี้วัดย่อย จึงรวมทุกข้อไว้ในกลุ่มเดียว และคิดคะแนน OIT เป็นค่าเฉลี่ยของทุกข้อแทนไว้ก่อน (3) องค์ประกอบด้านข้อมูลมีเฉพาะ o1 ข้ออื่นยังว่าง หมายเหตุของแต่ละข้อบอกตัวอย่างหลักฐานของหน่วยงานนั้นเพื่อเป็นแนวทางเท่านั้น (4) รอบเวลาของข้อมูลอนุมานจากปีของเอกสารที่หน่วยงานเผยแพร่ o18 มีแหล่งข้อมูลขัดกัน และยังไม่ทราบว่า "ปี พ.ศ." ในเกณฑ์หมายถึงปีงบประมาณหรือปีปฏิทิน (5) น้ำหนักเครื่องมือและเกณฑ์ระดับผลการประเมินบางส่วนยังไม่ได้ยืนยัน',
	gaps: ['o2', 'o6', 'o7'],
	scoring: ratingScheme('item_mean', false),
	indicators: [
		{
			code: 'OIT',
			nameTh: 'ยังไม่ทราบการแบ่งตัวชี้วัด',
			nameEn: 'Indicators not yet known',
			subIndicators: [
				{
					code: 'OIT.1',
					nameTh: 'ยังไม่ทราบการจัดกลุ่มตัวชี้วัดย่อย',
					nameEn: 'Sub-indicator grouping not yet known',
					groups: [
						{
							nameTh: 'ยังไม่ทราบการจัดกลุ่ม',
							nameEn: 'Grouping not yet known',
							items: [
								{
									code: 'o1',
									nameTh: 'โครงสร้าง หน้าที่และอำนาจ',
									nameEn: 'Structure, duties and powers',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แผนผังโครงสร้างการแบ่งส่วนราชการของหน่วยงาน',
										'ตำแหน่งที่สำคัญและการแบ่งส่วนงานภายใน',
										'องค์กรปกครองส่วนท้องถิ่น (รวมถึงรูปแบบพิเศษ): แผนผังโครงสร้างครอบคลุมทั้งฝ่ายการเมืองและฝ่ายข้าราชการประจำ',
										'หน้าที่และอำนาจของหน่วยงาน (ไม่ใช่การนำตัวบทกฎหมายทั้งฉบับมาแสดง)'
									],
									noteTh:
										'องค์ประกอบสรุปจากหน้า OIT ปี 2569 ของคณะครุศาสตร์ ม.ราชภัฏราชนครินทร์ ซึ่งตรงกับแนวทางปี 2568 ที่ itachon.com ไม่ใช่ถ้อยคำในคู่มือ ต้องตรวจสอบกับคู่มือ ปี 2565 ถือเป็นข้อมูลทั่วไปที่ไม่มีรอบเวลา แต่แหล่งข้อมูลปี 2569 ระบุเป็นข้อมูลปัจจุบัน จึงกำหนดเป็นข้อมูลปีปัจจุบัน'
								},
								{
									code: 'o3',
									nameTh: 'ข้อมูลการติดต่อและช่องทางการสอบถาม',
									nameEn: 'Contact information and enquiry channels',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('หน้าติดต่อหน่วยงานและลิงก์แผนที่')
								},
								{
									code: 'o4',
									nameTh: 'ข่าวประชาสัมพันธ์',
									nameEn: 'News and announcements',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('หมวดข่าวบนเว็บไซต์ และข่าวเรื่อง ITA ปี 2569')
								},
								{
									code: 'o5',
									nameTh: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน',
									nameEn: 'Strategic plan or agency development plan',
									periodRule: 'plan',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('แผน 5 ปี 2566–2570')
								},
								{
									code: 'o8',
									nameTh: 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่',
									nameEn: 'Work manuals or guidelines for staff',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('คู่มือการปฏิบัติงานของเจ้าหน้าที่')
								},
								{
									code: 'o9',
									nameTh: 'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ',
									nameEn: 'Service manuals or guidelines for service users and visitors',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('คู่มือการให้บริการ')
								},
								{
									code: 'o10',
									nameTh: 'ระบบการให้บริการผ่านช่องทางออนไลน์ (E-Service)',
									nameEn: 'Online service system (E-Service)',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'สถิติการใช้งาน E-Service (PDF) คู่มือการใช้งาน E-Service และลิงก์ระบบที่ใช้งานได้ (ปี 2569 ไม่พบข้อ "ข้อมูลสถิติการให้บริการ" แยกต่างหาก)'
									)
								},
								{
									code: 'o11',
									nameTh: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
									nameEn: 'Monthly procurement or supply acquisition summary',
									periodRule: 'monthly:10-3',
									allowsNothingToReport: true,
									elements: [],
									noteTh: hint(
										'สรุปผลไตรมาสที่ 1 และ 2 แบบ สขร.1 เป็น PDF และ XLSX — กำหนดเป็นรายเดือน ต.ค.–มี.ค. ตามชื่อข้อและแนวของข้อ o23 ปี 2565 (รวมถึงการเผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างในเดือนใด) คู่มืออาจยอมรับไฟล์รายไตรมาสหรือกำหนดช่วงเดือนต่างจากนี้ ต้องตรวจสอบกับคู่มือ'
									)
								},
								{
									code: 'o12',
									nameTh: 'รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน',
									nameEn: 'Procurement or supply acquisition summary report of the agency',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'สขร.1 ครบ 12 เดือน (ต.ค. 2567–ก.ย. 2568) เป็น PDF และ XLSX พร้อมรายงานสรุปประจำปี 2568'
									)
								},
								{
									code: 'o13',
									nameTh: 'หลักเกณฑ์และแผนการบริหารและพัฒนาทรัพยากรบุคคล',
									nameEn: 'Human resource management and development criteria and plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'ระเบียบและหลักเกณฑ์ด้านบุคคล (การสรรหาและแต่งตั้ง การเลื่อนตำแหน่ง การประเมินผล เงินเพิ่มตามคุณวุฒิ) แผนการบริหารทรัพยากรบุคคล 2569 และแผนพัฒนาทรัพยากรบุคคล 2569 — หลักเกณฑ์เป็นข้อมูลทั่วไป แต่แผนต้องเป็นของปีปัจจุบัน จึงกำหนดเป็นข้อมูลปีปัจจุบัน'
									)
								},
								{
									code: 'o14',
									nameTh: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล',
									nameEn: 'Human resource management and development report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('รายงานผลการบริหารทรัพยากรบุคคลและรายงานผลการพัฒนาทรัพยากรบุคคล ปี 2568')
								},
								{
									code: 'o15',
									nameTh: 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม',
									nameEn: 'Code of ethics and putting it into practice',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'ประมวลจริยธรรม คำสั่งคณะทำงานขับเคลื่อนจริยธรรม 2569 สื่อ Do & Don\'t การอบรมจริยธรรม การประกาศเจตนารมณ์สุจริต และอินโฟกราฟิกมาตรา 128 (หัวข้อบนหน้าเว็บของ RTRDA ตกคำว่า "และ")'
									)
								},
								{
									code: 'o16',
									nameTh: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Guidelines for handling corruption and misconduct complaints',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `${NO_ELEMENTS} แนวทางจากรายการของวิทยาลัยอาชีวศึกษา (เฉพาะภาคส่วน): วิธีร้องเรียน ขั้นตอนการจัดการ ผู้รับผิดชอบ ระยะเวลา และช่องทาง`
								},
								{
									code: 'o17',
									nameTh: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Channel for reporting corruption and misconduct complaints',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'แบบฟอร์มร้องเรียนของหน่วยงานเอง พร้อมลิงก์ช่องทางของสำนักงาน ป.ป.ช. (wbs.nacc.go.th) และ e-service ของสำนักงาน ป.ป.ท. — เป็นช่องทางที่ต้องใช้งานได้ จึงถือเป็นข้อมูลทั่วไปที่ไม่มีรอบเวลา'
									)
								},
								{
									code: 'o18',
									nameTh: 'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Statistics on corruption and misconduct complaints',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'สถิติปี 2568 เป็น PDF และ XLSX — แหล่งข้อมูลขัดกัน: RTRDA แสดงข้อมูลปีก่อน ส่วนรายการของวิทยาลัยอาชีวศึกษา (เฉพาะภาคส่วน) ให้ครอบคลุม 6 เดือนแรกของปีปัจจุบัน จำนวนเรื่องทั้งหมด แล้วเสร็จ และอยู่ระหว่างดำเนินการ และต้องระบุหากไม่มีเรื่องร้องเรียน ใช้ตาม RTRDA ไว้ก่อน ต้องตรวจสอบกับคู่มือ'
									)
								},
								{
									code: 'o19',
									nameTh: 'ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน',
									nameEn: "Results of public participation in the agency's work",
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'แบบฟอร์มการมีส่วนร่วม คำสั่ง รายงานการประชุม รายงานการรับฟังความคิดเห็น และรายงานสรุปผล ปี 2569'
									)
								},
								{
									code: 'o20',
									nameTh:
										'การขับเคลื่อนนโยบาย No Gift Policy จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ',
									nameEn:
										'Driving the No Gift Policy and building knowledge of the rules on state officials accepting gifts or other benefits',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'ประกาศนโยบาย No Gift รายงาน No Gift ปี 2568 และ 2569 และหลักเกณฑ์การรับทรัพย์สินตามมาตรา 128 — รายการของวิทยาลัยอาชีวศึกษา (เฉพาะภาคส่วน): นโยบายของปีปัจจุบันลงนามโดยผู้บริหารสูงสุด กิจกรรมของผู้บริหาร และรายงานการรับของขวัญของปีปัจจุบัน'
									)
								},
								{
									code: 'o21',
									nameTh: 'การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ',
									nameEn: 'Corruption risk assessment in the public agency',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('การประเมินความเสี่ยงปี 2569 รวมความเสี่ยงด้านการเบิกจ่ายงบประมาณ')
								},
								{
									code: 'o22',
									nameTh: 'รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน',
									nameEn: "Report on the agency's corruption risk management plan",
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'รายงานแยกตามประเด็นความเสี่ยง และรายงานผลตามแผนบริหารความเสี่ยงปี 2568 (หน้าเผยแพร่ของ RTRDA วางแผนปี 2569 เป็น "รอบที่ 1 แผน / รอบที่ 2 รายงานผล")'
									)
								},
								{
									code: 'o23',
									nameTh: 'แผนปฏิบัติการป้องกันการทุจริต',
									nameEn: 'Corruption prevention action plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('แผนปฏิบัติการป้องกันการทุจริตปี 2569')
								},
								{
									code: 'o24',
									nameTh: 'รายงานผลการดำเนินการป้องกันการทุจริต',
									nameEn: 'Corruption prevention report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('รายงานผลปี 2568')
								},
								{
									code: 'o25',
									nameTh: 'การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร',
									nameEn: 'Using the ITA results to develop the organisation',
									periodRule: 'made_this_year',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint(
										'เอกสาร PDF หนึ่งฉบับ ไม่ทราบเนื้อหา — แหล่งข้อมูลไม่ระบุรอบเวลา จึงใช้แนวของข้อ o42 ปี 2565 (จัดทำในปีปัจจุบันจากผลการประเมินปีก่อน) ต้องตรวจสอบกับคู่มือ'
									)
								},
								{
									code: 'o26',
									nameTh: 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
									nameEn:
										'Report on actions to promote integrity and transparency within the agency',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: hint('เอกสาร PDF หนึ่งฉบับของปี 2568')
								}
							]
						}
					]
				}
			]
		}
	]
};
