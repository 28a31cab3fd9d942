/**
 * OIT checklist, fiscal year 2566: a provisional edition. The NACC manual for 2566 is not at hand;
 * the item list, its numbering and the sub-indicators come from docs/ita-later-years.md, section
 * "FY2566" (school and agency OIT pages of 2566, confidence P). Elements are given only where that
 * section quotes the criteria (o24, o31, o40); every other item has none yet and says so. Period
 * rules follow the same item of FY2565 (`fy2565.ts`) or the quoted criteria; where an item is new or
 * changed and the rule is a guess, its note says "ต้องตรวจสอบกับคู่มือ".
 */
import type { CatalogDefinition } from '$lib/domain/catalog';
import { ratingScheme } from '$lib/domain/scheme';

const NO_ELEMENTS =
	'ยังไม่มีองค์ประกอบ: ต้องถอดความจากคู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2566 ของสำนักงาน ป.ป.ช.';

/** A new or changed item whose period rule is a guess: say what it rests on, to check. */
const ruleFrom = (what: string) => `${NO_ELEMENTS} รอบเวลาของข้อมูล${what} ต้องตรวจสอบกับคู่มือ`;

export const fy2566: CatalogDefinition = {
	fiscalYear: 2566,
	status: 'provisional',
	titleTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2566 (ฉบับชั่วคราว)',
	titleEn:
		'Open Data Integrity and Transparency Assessment (OIT) checklist, fiscal year 2566 (provisional)',
	source:
		'หน้า OIT ปีงบประมาณ พ.ศ. 2566 ที่โรงเรียนและหน่วยงานเผยแพร่บนเว็บไซต์ของตนเอง (ระดับความเชื่อมั่น P: แต่ละส่วนยืนยันได้จากแหล่งที่น่าเชื่อถือแหล่งเดียวหรือไม่กี่แหล่ง): รายการทั้ง 43 ข้อจากเว็บไซต์ ITA ของโรงเรียนแห่งหนึ่ง (ปรับชื่อที่โรงเรียนดัดแปลงให้เป็นชื่อกลาง) ยืนยันเป็นช่วง ๆ โดยหน้า OIT ของ sesao15 (O1–O10), dusitaram (ตัวชี้วัดย่อย 9.3 = O19–O22), ita.wu.ac.th (เกณฑ์ O23–O25), pracharath mkschool (เกณฑ์ O27–O28) และ 75010020.skm.go.th (เกณฑ์ O19–O20, O31–O33, O39–O41) — ไม่ใช่คู่มือการประเมินของสำนักงาน ป.ป.ช.',
	notes:
		'ฉบับชั่วคราว ยังไม่ได้ตรวจกับคู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2566 ของสำนักงาน ป.ป.ช. ชื่อข้อ ลำดับ และการแบ่งตัวชี้วัดย่อยมาจากหน้า OIT ของโรงเรียนและหน่วยงาน (ระดับ P) การจัด O39–O41 ไว้ในตัวชี้วัดย่อย 10.2 ก็เป็นระดับ P สิ่งที่ยังไม่ได้ยืนยัน: (1) องค์ประกอบด้านข้อมูลมีเฉพาะ o24, o31 และ o40 ซึ่งยกมาบางส่วนจากหน้าเว็บ ข้ออื่นยังว่างอยู่ (2) ชื่อตัวชี้วัดและตัวชี้วัดย่อยใช้ตามปี 2565 ยกเว้น 9.3 ซึ่งเหลือเฉพาะเรื่องการจัดซื้อจัดจ้าง จึงใช้ชื่อ "การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ" (อนุมานจากเนื้อหา) (3) ยังไม่ทราบกลุ่มย่อยภายในตัวชี้วัดย่อย จึงจัดเป็นกลุ่มเดียวต่อตัวชี้วัดย่อย ยกเว้น 10.2 ที่แหล่งข้อมูลรวม O39–O43 ไว้ใต้หัวข้อ "มาตรการส่งเสริมคุณธรรมและความโปร่งใส" (4) รอบเวลาของข้อมูลใช้ตามข้อเดียวกันของปี 2565 หรือตามข้อความเกณฑ์ที่ยกมา ข้อที่เดาให้ดูหมายเหตุของข้อนั้น (5) การยอมรับการประกาศว่า "ไม่มี" ของ o19 และ o21 ยกมาจากปี 2565 (6) วิธีรวมคะแนนระดับตัวชี้วัดย่อยและน้ำหนักเครื่องมือยังไม่ได้ยืนยันสำหรับปี 2566',
	scoring: ratingScheme('sub_indicator_means', false),
	indicators: [
		{
			code: '9',
			nameTh: 'การเปิดเผยข้อมูล',
			nameEn: 'Information disclosure',
			subIndicators: [
				{
					code: '9.1',
					nameTh: 'ข้อมูลพื้นฐาน',
					nameEn: 'Basic information',
					groups: [
						{
							nameTh: 'ข้อมูลพื้นฐาน',
							nameEn: 'Basic information',
							items: [
								{
									code: 'o1',
									nameTh: 'โครงสร้าง',
									nameEn: 'Organisational structure',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o2',
									nameTh: 'ข้อมูลผู้บริหาร',
									nameEn: 'Executives',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o3',
									nameTh: 'อำนาจหน้าที่',
									nameEn: 'Powers and duties',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o4',
									nameTh: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน',
									nameEn: 'Strategic plan or agency development plan',
									periodRule: 'plan',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o5',
									nameTh: 'ข้อมูลการติดต่อ',
									nameEn: 'Contact information',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o6',
									nameTh: 'กฎหมายที่เกี่ยวข้อง',
									nameEn: 'Relevant laws',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o7',
									nameTh: 'ข่าวประชาสัมพันธ์',
									nameEn: 'News and announcements',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o8',
									nameTh: 'Q&A',
									nameEn: 'Q&A',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o9',
									nameTh: 'Social Network',
									nameEn: 'Social network',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o10',
									nameTh: 'นโยบายคุ้มครองข้อมูลส่วนบุคคล',
									nameEn: 'Personal data protection policy',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `ข้อใหม่ของปี 2566 ${ruleFrom('ถือเป็นข้อมูลทั่วไปที่ไม่มีรอบเวลา (ไม่มีข้อเทียบในปี 2565)')}`
								}
							]
						}
					]
				},
				{
					code: '9.2',
					nameTh: 'การบริหารงาน',
					nameEn: 'Administration',
					groups: [
						{
							nameTh: 'การบริหารงาน',
							nameEn: 'Administration',
							items: [
								{
									code: 'o11',
									nameTh: 'แผนดำเนินงานและการใช้จ่ายงบประมาณประจำปี',
									nameEn: 'Annual operating and budget spending plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `รวมข้อ o10 และ o18 ของปี 2565 ไว้ในข้อเดียว ${NO_ELEMENTS}`
								},
								{
									code: 'o12',
									nameTh: 'รายงานการกำกับติดตามการดำเนินงานและการใช้จ่ายงบประมาณ ประจำปี รอบ 6 เดือน',
									nameEn:
										'Six-month progress report on the annual operating and budget spending plan',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `รวมข้อ o11 และ o19 ของปี 2565 ไว้ในข้อเดียว ${NO_ELEMENTS}`
								},
								{
									code: 'o13',
									nameTh: 'รายงานผลการดำเนินงานประจำปี',
									nameEn: 'Annual operating results report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o14',
									nameTh: 'คู่มือหรือมาตรฐานการปฏิบัติงาน',
									nameEn: 'Work manual or operating standards',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o15',
									nameTh: 'คู่มือหรือมาตรฐานการให้บริการ',
									nameEn: 'Service manual or service standards',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o16',
									nameTh: 'ข้อมูลเชิงสถิติการให้บริการ',
									nameEn: 'Service statistics',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o17',
									nameTh: 'รายงานผลการสำรวจความพึงพอใจการให้บริการ',
									nameEn: 'Service satisfaction survey report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o18',
									nameTh: 'E-Service',
									nameEn: 'E-Service (online services)',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								}
							]
						}
					]
				},
				{
					code: '9.3',
					nameTh: 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
					nameEn: 'Procurement or supply acquisition',
					groups: [
						{
							nameTh: 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
							nameEn: 'Procurement or supply acquisition',
							items: [
								{
									code: 'o19',
									nameTh: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ',
									nameEn: 'Procurement or supply acquisition plan',
									periodRule: 'current',
									allowsNothingToReport: true,
									elements: [],
									noteTh: `${NO_ELEMENTS} การยอมรับการเผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างที่ต้องมีแผน (วงเงินเกิน 5 แสนบาท) ยกมาจากข้อ o21 ของปี 2565 ต้องตรวจสอบกับคู่มือ`
								},
								{
									code: 'o20',
									nameTh: 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
									nameEn: 'Procurement or supply acquisition announcements',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o21',
									nameTh: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
									nameEn: 'Monthly procurement or supply acquisition summary',
									periodRule: 'monthly:10-3',
									allowsNothingToReport: true,
									elements: [],
									noteTh: `${NO_ELEMENTS} รายเดือน ต.ค.–มี.ค. และการเผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างในเดือนใด ยกมาจากข้อ o23 ของปี 2565 ต้องตรวจสอบกับคู่มือ`
								},
								{
									code: 'o22',
									nameTh: 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี',
									nameEn: 'Annual procurement or supply acquisition report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								}
							]
						}
					]
				},
				{
					code: '9.4',
					nameTh: 'การบริหารและพัฒนาทรัพยากรบุคคล',
					nameEn: 'Human resource management and development',
					groups: [
						{
							nameTh: 'การบริหารและพัฒนาทรัพยากรบุคคล',
							nameEn: 'Human resource management and development',
							items: [
								{
									code: 'o23',
									nameTh: 'นโยบายหรือแผนการบริหารทรัพยากรบุคคล',
									nameEn: 'Human resource management policy or plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o24',
									nameTh: 'การดำเนินการตามนโยบายหรือแผนการบริหารทรัพยากรบุคคล',
									nameEn: 'Implementation of the human resource management policy or plan',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [
										'มีเนื้อหาหรือรายละเอียดความก้าวหน้า อย่างน้อย',
										'(1) ความก้าวหน้าการดำเนินการแต่ละโครงการ/กิจกรรม',
										'(2) รายละเอียดงบประมาณ …',
										'ครอบคลุมในระยะเวลา 6 เดือนแรกของปี พ.ศ. 2566'
									],
									noteTh:
										'องค์ประกอบยกมาบางส่วนจากหน้า OIT ปี 2566 ("…" คือข้อความที่แหล่งข้อมูลตัดไว้) ต้องถอดความให้ครบจากคู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2566'
								},
								{
									code: 'o25',
									nameTh: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล',
									nameEn: 'Human resource management and development criteria',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o26',
									nameTh: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
									nameEn: 'Annual human resource management and development report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								}
							]
						}
					]
				},
				{
					code: '9.5',
					nameTh: 'การส่งเสริมความโปร่งใส',
					nameEn: 'Promotion of transparency',
					groups: [
						{
							nameTh: 'การส่งเสริมความโปร่งใส',
							nameEn: 'Promotion of transparency',
							items: [
								{
									code: 'o27',
									nameTh: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Guidelines for handling corruption and misconduct complaints',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o28',
									nameTh: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Channel for reporting corruption and misconduct complaints',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `ตามแหล่งข้อมูล ช่องทางนี้ต้องแยกจากช่องทางรับเรื่องร้องเรียนทั่วไป ${NO_ELEMENTS}`
								},
								{
									code: 'o29',
									nameTh: 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Statistics on corruption and misconduct complaints',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o30',
									nameTh: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
									nameEn: 'Opportunities for public participation',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								}
							]
						}
					]
				}
			]
		},
		{
			code: '10',
			nameTh: 'การป้องกันการทุจริต',
			nameEn: 'Corruption prevention',
			subIndicators: [
				{
					code: '10.1',
					nameTh: 'การดำเนินการเพื่อป้องกันการทุจริต',
					nameEn: 'Actions to prevent corruption',
					groups: [
						{
							nameTh: 'การดำเนินการเพื่อป้องกันการทุจริต',
							nameEn: 'Actions to prevent corruption',
							items: [
								{
									code: 'o31',
									nameTh: 'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่',
									nameEn: 'Declaration of the No Gift Policy in the performance of duties',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'เป็นประกาศอย่างเป็นทางการที่มีการลงนามโดยผู้บริหารสูงสุด',
										'เป็นการประกาศสำหรับปี พ.ศ. 2566'
									],
									noteTh:
										'องค์ประกอบยกมาบางส่วนจากหน้า OIT ปี 2566 (แหล่งข้อมูลตัดข้อความระหว่างสองข้อนี้ไว้) ต้องถอดความให้ครบจากคู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2566'
								},
								{
									code: 'o32',
									nameTh: 'การสร้างวัฒนธรรม No Gift Policy',
									nameEn: 'Building a No Gift culture',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `ข้อใหม่ของปี 2566 ${ruleFrom('ใช้ตามข้อ o38 (การเสริมสร้างวัฒนธรรมองค์กร) ของปี 2565')}`
								},
								{
									code: 'o33',
									nameTh: 'รายงานผลตามนโยบาย No Gift Policy',
									nameEn: 'Report on the No Gift Policy',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `ข้อใหม่ของปี 2566 ${ruleFrom('ใช้แบบรายงานผลประจำปีข้ออื่นของปี 2565 (รายงานของปีก่อน) แต่อาจเป็นรายงานของปีปัจจุบันก็ได้')}`
								},
								{
									code: 'o34',
									nameTh: 'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี',
									nameEn: 'Annual corruption and misconduct risk assessment',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o35',
									nameTh: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ',
									nameEn: 'Actions to manage corruption and misconduct risks',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o36',
									nameTh: 'แผนปฏิบัติการป้องกันการทุจริต',
									nameEn: 'Corruption prevention action plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o37',
									nameTh: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน',
									nameEn: 'Six-month progress report on corruption prevention',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o38',
									nameTh: 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
									nameEn: 'Annual corruption prevention report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								}
							]
						}
					]
				},
				{
					code: '10.2',
					nameTh: 'มาตรการภายในเพื่อป้องกันการทุจริต',
					nameEn: 'Internal measures to prevent corruption',
					groups: [
						{
							nameTh: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
							nameEn: 'Measures to promote integrity and transparency',
							items: [
								{
									code: 'o39',
									nameTh: 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ',
									nameEn: 'Code of ethics for state officials',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `ข้อใหม่ของปี 2566 ${ruleFrom('ถือเป็นข้อมูลทั่วไปที่ไม่มีรอบเวลา (ไม่มีข้อเทียบในปี 2565)')}`
								},
								{
									code: 'o40',
									nameTh: 'การขับเคลื่อนจริยธรรม',
									nameEn: 'Putting the code of ethics into practice',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'(1) ทีมให้คำปรึกษา/คณะทำงานขับเคลื่อนจริยธรรม',
										"(2) แนวปฏิบัติ Dos & Don'ts",
										'(3) การฝึกอบรมสอดแทรกจริยธรรม'
									],
									noteTh:
										'ข้อใหม่ของปี 2566 องค์ประกอบสรุปจากหน้า OIT ปี 2566 ต้องถอดความให้ครบจากคู่มือ รอบเวลาของข้อมูล (การดำเนินการในปีปัจจุบัน) เป็นการอนุมาน ต้องตรวจสอบกับคู่มือ'
								},
								{
									code: 'o41',
									nameTh: 'การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ',
									nameEn: 'Ethics assessment of state officials',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: `ข้อใหม่ของปี 2566 ${ruleFrom('ถือเป็นการดำเนินการในปีปัจจุบัน (ไม่มีข้อเทียบในปี 2565)')}`
								},
								{
									code: 'o42',
									nameTh: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
									nameEn: 'Measures to promote integrity and transparency within the agency',
									periodRule: 'made_this_year',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								},
								{
									code: 'o43',
									nameTh: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
									nameEn:
										'Implementation of the measures to promote integrity and transparency within the agency',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [],
									noteTh: NO_ELEMENTS
								}
							]
						}
					]
				}
			]
		}
	]
};
