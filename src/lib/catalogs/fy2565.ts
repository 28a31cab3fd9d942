/**
 * NACC OIT checklist, fiscal year 2565 (items o1–o43), transcribed from the Thai OCR source
 * `004_c65eeb1f91ae971b.txt`, lines 37–175 (Phayao PAO's FY2565 report, which reproduces the
 * checklist with its required content elements). Names and elements keep the published Thai text,
 * Thai digits included; each ๐/○ bullet of the source is one element. HTML tags left by the OCR
 * (<ul …>, <p>) and the bullet characters are dropped. Footnotes marked * go into `noteTh`.
 * Period rules follow docs/ita-reference.md §2. Every textual repair of OCR damage is listed above
 * the item it concerns.
 */
import type { CatalogDefinition } from '$lib/domain/catalog';
import { GRADE_SCHEME } from '$lib/domain/scheme';

export const fy2565: CatalogDefinition = {
	fiscalYear: 2565,
	status: 'official',
	source:
		'คู่มือการประเมิน ITA ปีงบประมาณ พ.ศ. 2565 (สำนักงาน ป.ป.ช.) ตามที่ อบจ.พะเยา ตีพิมพ์ซ้ำในรายงานประจำปี 2565',
	scoring: GRADE_SCHEME,
	titleTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2565',
	titleEn: 'Open Data Integrity and Transparency Assessment (OIT) checklist, fiscal year 2565',
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
									elements: [
										'แสดงแผนผังแสดงโครงสร้างการแบ่งส่วนราชการของหน่วยงาน',
										'แสดงตำแหน่งที่สำคัญและการแบ่งส่วนงานภายใน ยกตัวอย่างเช่น สำนัก กอง ศูนย์ ฝ่าย ส่วน กลุ่ม เป็นต้น'
									]
								},
								{
									code: 'o2',
									nameTh: 'ข้อมูลผู้บริหาร',
									nameEn: 'Executives',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงข้อมูลของผู้บริหารสูงสุด และผู้ดำรงตำแหน่งทางการบริหารของหน่วยงาน อย่างน้อยประกอบด้วย ผู้บริหารสูงสุดและรองผู้บริหารสูงสุด',
										'แสดงข้อมูล อย่างน้อยประกอบด้วย ชื่อ-นามสกุล ตำแหน่ง รูปถ่าย และช่องทางการติดต่อของผู้บริหารแต่ละคน'
									]
								},
								{
									code: 'o3',
									nameTh: 'อำนาจหน้าที่',
									nameEn: 'Powers and duties',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: ['แสดงข้อมูลหน้าที่และอำนาจของหน่วยงานตามที่กฎหมายกำหนด']
								},
								// OCR repair (004:L55): 'แสดงแผนการดำเนินการกิจของหน่วยงาน' → 'แสดงแผนการดำเนินภารกิจของหน่วยงาน'
								{
									code: 'o4',
									nameTh: 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน',
									nameEn: 'Strategic plan or agency development plan',
									periodRule: 'plan',
									allowsNothingToReport: false,
									elements: [
										'แสดงแผนการดำเนินภารกิจของหน่วยงานที่มีระยะมากกว่า ๑ ปี',
										'มีข้อมูลรายละเอียดของแผนฯ อย่างน้อยประกอบด้วย ยุทธศาสตร์หรือแนวทาง เป้าหมาย ตัวชี้วัด เป็นต้น',
										'เป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o5',
									nameTh: 'ข้อมูลการติดต่อ',
									nameEn: 'Contact information',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงข้อมูลการติดต่อของหน่วยงาน อย่างน้อยประกอบด้วย',
										'ที่อยู่หน่วยงาน',
										'หมายเลขโทรศัพท์',
										'E-mail',
										'แผนที่ตั้ง'
									]
								},
								{
									code: 'o6',
									nameTh: 'กฎหมายที่เกี่ยวข้อง',
									nameEn: 'Relevant laws',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: ['แสดงกฎหมายที่เกี่ยวข้องกับการดำเนินงาน หรือการปฏิบัติงานของหน่วยงาน']
								}
							]
						},
						{
							nameTh: 'การประชาสัมพันธ์',
							nameEn: 'Public relations',
							items: [
								{
									code: 'o7',
									nameTh: 'ข่าวประชาสัมพันธ์',
									nameEn: 'News and announcements',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงข้อมูลข่าวสารต่าง ๆ ที่เกี่ยวข้องกับการดำเนินงานตามอำนาจหน้าที่หรือภารกิจของหน่วยงาน',
										'เป็นข้อมูลข่าวสารที่เกิดขึ้นในปี พ.ศ. ๒๕๖๕'
									]
								}
							]
						},
						{
							nameTh: 'การปฏิสัมพันธ์ข้อมูล',
							nameEn: 'Two-way communication',
							items: [
								{
									code: 'o8',
									nameTh: 'Q&A',
									nameEn: 'Q&A',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงตำแหน่งบนเว็บไซต์ของหน่วยงานที่บุคคลภายนอกสามารถสอบถามข้อมูลต่าง ๆ ได้ และหน่วยงานสามารถสื่อสารให้คำตอบกับผู้สอบถามได้ โดยมีลักษณะเป็นการสื่อสารได้สองทาง ทางหน้าเว็บไซต์ของหน่วยงาน (Q&A) ยกตัวอย่างเช่น Web board, กล่องข้อความถาม-ตอบ, Messenger Live Chat, Chatbot เป็นต้น'
									]
								},
								{
									code: 'o9',
									nameTh: 'Social Network',
									nameEn: 'Social network',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงตำแหน่งบนเว็บไซต์ของหน่วยงานที่สามารถเชื่อมโยงไปยังเครือข่ายสังคมออนไลน์ของหน่วยงาน ยกตัวอย่างเช่น Facebook, Twitter, Instagram เป็นต้น'
									]
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
							nameTh: 'การดำเนินงาน',
							nameEn: 'Operations',
							items: [
								// OCR repair (004:L76): 'โครงการหรือกิจกรรมงบประมาณที่ใช้' → 'โครงการหรือกิจกรรม งบประมาณที่ใช้'
								{
									code: 'o10',
									nameTh: 'แผนดำเนินงานประจำปี',
									nameEn: 'Annual operating plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงแผนการดำเนินงานภารกิจของหน่วยงานที่มีระยะ ๑ ปี',
										'มีข้อมูลรายละเอียดของแผนฯ อย่างน้อยประกอบด้วย โครงการหรือกิจกรรม งบประมาณที่ใช้ ระยะเวลาในการดำเนินการ',
										'เป็นแผนที่มีระยะเวลาบังคับใช้ในปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o11',
									nameTh: 'รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ ๖ เดือน',
									nameEn: 'Six-month progress report on the annual operating plan',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [
										'แสดงความก้าวหน้าในการดำเนินงานตามแผนดำเนินงานประจำปีในข้อ ๐๑๐',
										'มีเนื้อหาหรือรายละเอียดความก้าวหน้าอย่างน้อยประกอบด้วย ความก้าวหน้าการดำเนินการแต่ละโครงการ/กิจกรรม และรายละเอียดงบประมาณที่ใช้ดำเนินงาน',
										'สามารถจัดทำข้อมูลเป็นแบบรายเดือนหรือรายไตรมาส หรือราย ๖ เดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o12',
									nameTh: 'รายงานผลการดำเนินงานประจำปี',
									nameEn: 'Annual operating results report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลการดำเนินงานตามแผนดำเนินงานประจำปี',
										'มีข้อมูลรายละเอียดสรุปผลการดำเนินงาน อย่างน้อยประกอบด้วย ผลการดำเนินการโครงการหรือกิจกรรม ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ',
										'เป็นรายงานผลของปี พ.ศ. ๒๕๖๔'
									]
								}
							]
						},
						{
							nameTh: 'การปฏิบัติงาน',
							nameEn: 'Work procedures',
							items: [
								// OCR repair (004:L83): 'เป็นคู่มือปฏิบัติการกิจใด' → 'เป็นคู่มือปฏิบัติภารกิจใด'
								// OCR repair (004:L83): 'จะต้องมียังน้อย ๑ คู่มือ' → 'จะต้องมีอย่างน้อย ๑ คู่มือ'
								{
									code: 'o13',
									nameTh: 'คู่มือหรือมาตรฐานการปฏิบัติงาน',
									nameEn: 'Work manual or operating standards',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงคู่มือหรือแนวทางการปฏิบัติงานที่เจ้าหน้าที่ของหน่วยงานใช้ยึดถือปฏิบัติให้เป็นมาตรฐานเดียวกัน',
										'มีข้อมูลรายละเอียดของการปฏิบัติงานอย่างน้อยประกอบด้วย เป็นคู่มือปฏิบัติภารกิจใด สำหรับเจ้าหน้าที่หรือพนักงานตำแหน่งใด กำหนดวิธีการขั้นตอนการปฏิบัติอย่างไร',
										'จะต้องมีอย่างน้อย ๑ คู่มือ'
									]
								}
							]
						},
						// Footnote to this group in the source (004:L87; CatalogGroup has no field for it):
						// '* การให้บริการ หมายถึง การให้บริการตามอำนาจหน้าที่หรือภารกิจตามกฎหมายของหน่วยงาน
						// สำหรับหน่วยงานที่มีการปฏิบัติงานหรือการให้บริการเป็นจำนวนมาก
						// อาจมุ่งเน้นเผยแพร่การปฏิบัติงานหรือการให้บริการที่มีความสำคัญต่อภารกิจของหน่วยงาน'
						{
							nameTh: 'การให้บริการ',
							nameEn: 'Services',
							items: [
								{
									code: 'o14',
									nameTh: 'คู่มือหรือมาตรฐานการให้บริการ',
									nameEn: 'Service manual or service standards',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงคู่มือการให้บริการประชาชนหรือคู่มือแนวทางการปฏิบัติที่ผู้รับบริการหรือผู้มาติดต่อกับหน่วยงานใช้เป็นข้อมูลในการขอรับบริการหรือติดต่อกับหน่วยงาน',
										'มีข้อมูลรายละเอียดของการปฏิบัติ อย่างน้อยประกอบด้วย บริการหรือภารกิจใด กำหนดวิธีการขั้นตอนการให้บริการหรือการติดต่ออย่างไร',
										'หน่วยงานจะต้องเปิดเผยอย่างน้อย ๑ คู่มือ'
									]
								},
								{
									code: 'o15',
									nameTh: 'ข้อมูลเชิงสถิติการให้บริการ',
									nameEn: 'Service statistics',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [
										'แสดงข้อมูลสถิติการให้บริการของหน่วยงาน',
										'สามารถจัดทำข้อมูลเป็นแบบรายเดือนหรือรายไตรมาส หรือราย ๖ เดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o16',
									nameTh: 'รายงานผลการสำรวจความพึงพอใจการให้บริการ',
									nameEn: 'Service satisfaction survey report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลสำรวจความพึงพอใจการให้บริการของหน่วยงาน',
										'เป็นรายงานผลของปี พ.ศ. ๒๕๖๔'
									]
								},
								{
									code: 'o17',
									nameTh: 'E-Service',
									nameEn: 'E-Service (online services)',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงช่องทางการให้บริการข้อมูลหรือธุรกรรมภาครัฐที่สอดคล้องกับภารกิจของหน่วยงานผ่านเครือข่ายอินเทอร์เน็ต โดยผู้ขอรับบริการไม่จำเป็นต้องเดินทางมายังหน่วยงาน',
										'สามารถเข้าถึงหรือเชื่อมโยงไปยังช่องทางข้างต้นได้จากเว็บไซต์หลักของหน่วยงาน'
									]
								}
							]
						}
					]
				},
				{
					code: '9.3',
					nameTh: 'การบริหารเงินงบประมาณ',
					nameEn: 'Budget management',
					groups: [
						{
							nameTh: 'แผนการใช้จ่ายงบประมาณประจำปี',
							nameEn: 'Annual budget spending plan',
							items: [
								{
									code: 'o18',
									nameTh: 'แผนการใช้จ่ายงบประมาณประจำปี',
									nameEn: 'Annual budget spending plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงแผนการใช้จ่ายงบประมาณของหน่วยงานที่มีระยะ ๑ ปี',
										'มีข้อมูลรายละเอียดของแผนฯ อย่างน้อยประกอบด้วย งบประมาณตามแหล่งที่ได้รับการจัดสรร และงบประมาณตามประเภทรายการใช้จ่าย',
										'เป็นแผนที่มีระยะเวลาบังคับใช้ในปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o19',
									nameTh: 'รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปี รอบ ๖ เดือน',
									nameEn: 'Six-month progress report on annual budget spending',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [
										'แสดงความก้าวหน้าในการดำเนินงานตามแผนการใช้จ่ายงบประมาณประจำปี ในข้อ ๐๑๘',
										'มีข้อมูลรายละเอียดความก้าวหน้าอย่างน้อยประกอบด้วย ความก้าวหน้าการใช้จ่ายงบประมาณ',
										'สามารถจัดทำข้อมูลเป็นแบบรายเดือนหรือรายไตรมาส หรือราย ๖ เดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o20',
									nameTh: 'รายงานผลการใช้จ่ายงบประมาณประจำปี',
									nameEn: 'Annual budget spending report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลการดำเนินงานตามแผนการใช้จ่ายงบประมาณประจำปี',
										'มีข้อมูลรายละเอียดสรุปผลการใช้จ่ายงบประมาณ อย่างน้อยประกอบด้วย ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ',
										'เป็นรายงานผลของปี พ.ศ. ๒๕๖๔'
									]
								}
							]
						},
						{
							nameTh: 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
							nameEn: 'Procurement or supply acquisition',
							items: [
								{
									code: 'o21',
									nameTh: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ',
									nameEn: 'Procurement or supply acquisition plan',
									periodRule: 'current',
									allowsNothingToReport: true,
									elements: [
										'แสดงแผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุตามที่หน่วยงานจะต้องดำเนินการตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐',
										'เป็นข้อมูลการจัดซื้อจัดจ้างในปี พ.ศ. ๒๕๖๕'
									],
									noteTh:
										'กรณีไม่มีการจัดจ้างที่มีวงเงินเกิน ๕ แสนบาทหรือการจัดจ้างที่กฎหมายไม่ได้กำหนดให้ต้องเผยแพร่แผนการจัดซื้อจัดจ้าง ให้หน่วยงานอธิบายเพิ่มเติมโดยละเอียด หรือเผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างในกรณีดังกล่าว'
								},
								// OCR repair (004:L110): 'ประกาศเชิญชวนประกาศผลการจัดซื้อจัดจ้าง' → 'ประกาศเชิญชวน ประกาศผลการจัดซื้อจัดจ้าง'
								{
									code: 'o22',
									nameTh: 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
									nameEn: 'Procurement or supply acquisition announcements',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงประกาศการจัดซื้อจัดจ้างตามที่หน่วยงานจะต้องดำเนินการตามพระราชบัญญัติการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ ยกตัวอย่างเช่น ประกาศเชิญชวน ประกาศผลการจัดซื้อจัดจ้าง เป็นต้น',
										'เป็นข้อมูลการจัดซื้อจัดจ้างในปี พ.ศ. ๒๕๖๕'
									]
								},
								// OCR repair (004:L111): 'พัสดुरายเดือน' → 'พัสดุรายเดือน'
								{
									code: 'o23',
									nameTh: 'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
									nameEn: 'Monthly procurement or supply acquisition summary',
									periodRule: 'monthly:10-3',
									allowsNothingToReport: true,
									elements: [
										'แสดงสรุปผลการจัดซื้อจัดจ้างของหน่วยงาน',
										'มีข้อมูลรายละเอียดผลการจัดซื้อจัดจ้าง ยกตัวอย่างเช่น งานที่ซื้อหรือจ้าง วงเงินที่ซื้อหรือจ้าง ราคากลาง วิธีการซื้อหรือจ้าง รายชื่อผู้เสนอราคาและราคาที่เสนอ ผู้ได้รับการคัดเลือก และราคาที่ตกลง เหตุผลที่คัดเลือกโดยสรุป เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง เป็นต้น',
										'เป็นข้อมูลแบบรายเดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๕'
									],
									noteTh: 'กรณีไม่มีการจัดซื้อจัดจ้างในรอบเดือนใดให้เผยแพร่ว่าไม่มีการจัดซื้อจัดจ้างในเดือนนั้น'
								},
								{
									code: 'o24',
									nameTh: 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี',
									nameEn: 'Annual procurement or supply acquisition report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลการจัดซื้อจัดจ้างของหน่วยงาน',
										'มีข้อมูลรายละเอียด อย่างน้อยประกอบด้วยงบประมาณที่ใช้ในการจัดซื้อจัดจ้าง ปัญหาอุปสรรค และข้อเสนอแนะ',
										'เป็นรายงานผลของปี พ.ศ. ๒๕๖๔'
									]
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
									code: 'o25',
									nameTh: 'นโยบายการบริหารทรัพยากรบุคคล',
									nameEn: 'Human resource management policy',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'เป็นนโยบายหรือแผนการบริหารและพัฒนาทรัพยากรบุคคลที่ยังใช้บังคับในหน่วยงานในปี พ.ศ. ๒๕๖๕',
										'แสดงนโยบายของผู้บริหารสูงสุด หรือแผนการบริหารและพัฒนาทรัพยากรบุคคลที่กำหนดในนามของหน่วยงาน'
									]
								},
								{
									code: 'o26',
									nameTh: 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล',
									nameEn: 'Implementation of the human resource management policy',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงการดำเนินการที่มีความสอดคล้องตามนโยบายหรือแผนการบริหารและพัฒนาทรัพยากรบุคคลในข้อ ๐๒๕',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o27',
									nameTh: 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล',
									nameEn: 'Human resource management and development criteria',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงหลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคลที่ยังใช้บังคับในหน่วยงานในปี พ.ศ. ๒๕๖๕ อย่างน้อยประกอบด้วย',
										'การสรรหาและคัดเลือกบุคลากร',
										'การบรรจุและแต่งตั้งบุคลากร',
										'การพัฒนาบุคลากร',
										'การประเมินผลการปฏิบัติงานบุคลากร',
										'การให้คุณให้โทษและการสร้างขวัญกำลังใจ'
									],
									noteTh:
										'กรณีหน่วยงานใช้หลักเกณฑ์ขององค์กรกลางบริหารงานบุคคล หน่วยงานสามารถนำหลักเกณฑ์ดังกล่าวเผยแพร่บนเว็บไซต์ของหน่วยงาน'
								},
								{
									code: 'o28',
									nameTh: 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี',
									nameEn: 'Annual human resource management and development report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลการบริหารและพัฒนาทรัพยากรบุคคล',
										'มีข้อมูลรายละเอียดของการดำเนินการอย่างน้อยประกอบด้วย ผลการดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล ผลการวิเคราะห์การบริหารและพัฒนาทรัพยากรบุคคล',
										'เป็นรายงานผลของปี พ.ศ. ๒๕๖๔'
									]
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
							nameTh: 'การจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
							nameEn: 'Handling of corruption and misconduct complaints',
							items: [
								// OCR repair (004:L129): 'จะทำกรร้องเรียนรายละเอียดขั้นตอน' → 'จะทำการร้องเรียน รายละเอียดขั้นตอน'
								{
									code: 'o29',
									nameTh: 'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Guidelines for handling corruption and misconduct complaints',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงคู่มือหรือแนวทางการดำเนินการต่อเรื่องร้องเรียนที่เกี่ยวข้องกับการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ของหน่วยงาน',
										'มีข้อมูลรายละเอียดของการปฏิบัติงานอย่างน้อยประกอบด้วย รายละเอียดวิธีการที่บุคคลภายนอกจะทำการร้องเรียน รายละเอียดขั้นตอนหรือวิธีการในการจัดการต่อเรื่องร้องเรียน ส่วนงานที่รับผิดชอบ และระยะเวลาดำเนินการ'
									]
								},
								{
									code: 'o30',
									nameTh: 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Channel for reporting corruption and misconduct complaints',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงช่องทางที่บุคคลภายนอกสามารถแจ้งเรื่องร้องเรียนเกี่ยวกับการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ของหน่วยงานผ่านทางช่องทางออนไลน์ของหน่วยงาน โดยแยกต่างหากจากช่องทางการร้องเรียนเรื่องทั่วไป เพื่อเป็นการคุ้มครองข้อมูลของผู้แจ้งเบาะแส และเพื่อให้สอดคล้องกับแนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
										'สามารถเข้าถึงหรือเชื่อมโยงไปยังช่องทางข้างต้นได้จากเว็บไซต์หลักของหน่วยงาน'
									]
								},
								// OCR repair (004:L131): 'จำนวนเรื่อง que ดำเนินการแล้วเสร็จ' → 'จำนวนเรื่องที่ดำเนินการแล้วเสร็จ'
								{
									code: 'o31',
									nameTh: 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
									nameEn: 'Statistics on corruption and misconduct complaints',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [
										'แสดงข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบของเจ้าหน้าที่ของหน่วยงาน',
										'มีข้อมูลความก้าวหน้าการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ อย่างน้อยประกอบด้วย จำนวนเรื่องร้องเรียนทั้งหมด จำนวนเรื่องที่ดำเนินการแล้วเสร็จ และจำนวนเรื่องที่อยู่ระหว่างดำเนินการ',
										'สามารถจัดทำข้อมูลเป็นแบบรายเดือน หรือรายไตรมาส หรือราย ๖ เดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๕'
									]
								}
							]
						},
						{
							nameTh: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
							nameEn: 'Opportunities for participation',
							items: [
								{
									code: 'o32',
									nameTh: 'ช่องทางการรับฟังความคิดเห็น',
									nameEn: 'Channel for public comments',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงช่องทางที่บุคคลภายนอกสามารถแสดงความคิดเห็นต่อการดำเนินงานตามอำนาจหน้าที่หรือภารกิจของหน่วยงานผ่านทางช่องทางออนไลน์',
										'สามารถเข้าถึงหรือเชื่อมโยงไปยังช่องทางข้างต้นได้จากเว็บไซต์หลักของหน่วยงาน'
									]
								},
								{
									code: 'o33',
									nameTh: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม',
									nameEn: 'Opportunities for public participation',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการเปิดโอกาสให้บุคคลภายนอกได้มีส่วนร่วมในการดำเนินงานตามภารกิจของหน่วยงาน',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
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
							nameTh: 'เจตจำนงสุจริตของผู้บริหาร',
							nameEn: "Executives' commitment to integrity",
							items: [
								{
									code: 'o34',
									nameTh: 'นโยบายไม่รับของขวัญ (No Gift Policy)',
									nameEn: 'No Gift Policy',
									periodRule: 'standing',
									allowsNothingToReport: false,
									elements: [
										'แสดงนโยบายว่าผู้บริหาร เจ้าหน้าที่และบุคลากรทุกคน จะต้องไม่มีการรับของขวัญ (No Gift Policy)',
										'ดำเนินการโดยผู้บริหารสูงสุดคนปัจจุบัน'
									]
								},
								{
									code: 'o35',
									nameTh: 'การมีส่วนร่วมของผู้บริหาร',
									nameEn: 'Participation of the executives',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการมีส่วนร่วมของผู้บริหารสูงสุด',
										'เป็นการดำเนินการหรือกิจกรรมที่แสดงให้เห็นถึงการให้ความสำคัญกับการปรับปรุงพัฒนา และส่งเสริมหน่วยงานด้านคุณธรรมและโปร่งใส',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
								}
							]
						},
						{
							nameTh: 'การประเมินความเสี่ยงเพื่อป้องกันการทุจริต',
							nameEn: 'Corruption risk assessment',
							items: [
								{
									code: 'o36',
									nameTh: 'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี',
									nameEn: 'Annual corruption and misconduct risk assessment',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลการประเมินความเสี่ยงของการดำเนินงานหรือการปฏิบัติหน้าที่ที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบ',
										'มีข้อมูลรายละเอียดของผลการประเมิน อย่างน้อยประกอบด้วย เหตุการณ์ความเสี่ยงและระดับของความเสียหาย มาตรการและการดำเนินการในการบริหารจัดการความเสี่ยง',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o37',
									nameTh: 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ',
									nameEn: 'Actions to manage corruption and misconduct risks',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงการดำเนินการหรือกิจกรรมที่แสดงถึงการจัดการความเสี่ยงในกรณีที่น่าจะก่อให้เกิดการทุจริตและประพฤติมิชอบของหน่วยงาน',
										'เป็นกิจกรรมหรือการดำเนินการที่สอดคล้องกับมาตรการหรือการดำเนินการเพื่อบริหารจัดการความเสี่ยงตามข้อ ๐๓๖',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
								}
							]
						},
						{
							nameTh: 'การเสริมสร้างวัฒนธรรมองค์กร',
							nameEn: 'Strengthening organisational culture',
							items: [
								{
									code: 'o38',
									nameTh: 'การเสริมสร้างวัฒนธรรมองค์กร ตามมาตรฐานทางจริยธรรม',
									nameEn: 'Strengthening organisational culture in line with ethical standards',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงถึงการเสริมสร้างวัฒนธรรมองค์กรให้เจ้าหน้าที่ของหน่วยงานมีทัศนคติ ค่านิยมในการปฏิบัติงานอย่างซื่อสัตย์สุจริต มีจิตสำนึกที่ดี รับผิดชอบต่อหน้าที่ ตามมาตรฐานทางจริยธรรมของเจ้าหน้าที่ของรัฐ',
										'เป็นการดำเนินการที่หน่วยงานเป็นผู้ดำเนินการเอง',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
								}
							]
						},
						{
							nameTh: 'แผนป้องกันการทุจริต',
							nameEn: 'Corruption prevention plan',
							items: [
								// OCR repair (004:L165): 'โครงการ/กิจกรรมงบประมาณ' → 'โครงการ/กิจกรรม งบประมาณ'
								{
									code: 'o39',
									nameTh: 'แผนปฏิบัติการป้องกันการทุจริต',
									nameEn: 'Corruption prevention action plan',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงแผนปฏิบัติการที่มีวัตถุประสงค์เพื่อป้องกันการทุจริตหรือพัฒนาด้านคุณธรรมและความโปร่งใสของหน่วยงาน',
										'มีข้อมูลรายละเอียดของแผนฯ อย่างน้อยประกอบด้วย โครงการ/กิจกรรม งบประมาณ และช่วงเวลาดำเนินการ',
										'เป็นแผนที่มีระยะเวลาบังคับใช้ครอบคลุมปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o40',
									nameTh: 'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ ๖ เดือน',
									nameEn: 'Six-month progress report on corruption prevention',
									periodRule: 'first_half',
									allowsNothingToReport: false,
									elements: [
										'แสดงความก้าวหน้าในการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตตามข้อ ๐๓๙',
										'มีข้อมูลรายละเอียดความก้าวหน้า อย่างน้อยประกอบด้วย ความก้าวหน้าการดำเนินการแต่ละโครงการ/กิจกรรม และรายละเอียดงบประมาณที่ใช้ดำเนินงาน',
										'สามารถจัดทำข้อมูลเป็นแบบรายเดือนหรือรายไตรมาส หรือราย ๖ เดือน ที่มีข้อมูลครอบคลุมในระยะเวลา ๖ เดือนแรกของปี พ.ศ. ๒๕๖๕'
									]
								},
								{
									code: 'o41',
									nameTh: 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี',
									nameEn: 'Annual corruption prevention report',
									periodRule: 'previous',
									allowsNothingToReport: false,
									elements: [
										'แสดงผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต',
										'มีข้อมูลรายละเอียดสรุปผลการดำเนินการ อย่างน้อยประกอบด้วย ผลการดำเนินการโครงการหรือกิจกรรม ผลการใช้จ่ายงบประมาณ ปัญหา อุปสรรค และข้อเสนอแนะ',
										'เป็นรายงานผลของปี พ.ศ. ๒๕๖๔'
									]
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
							nameTh: 'มาตรการส่งเสริมความโปร่งใสและป้องกันการทุจริตภายในหน่วยงาน',
							nameEn: 'Measures to promote transparency and prevent corruption within the agency',
							items: [
								// OCR repair (004:L174): 'แก้ไขโดยเร่งด่วนประเด็นที่จะต้องพัฒนา' → 'แก้ไขโดยเร่งด่วน ประเด็นที่จะต้องพัฒนา'
								{
									code: 'o42',
									nameTh: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
									nameEn: 'Measures to promote integrity and transparency within the agency',
									periodRule: 'made_this_year',
									allowsNothingToReport: false,
									elements: [
										'แสดงการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในปี พ.ศ. ๒๕๖๔',
										'มีข้อมูลรายละเอียดการวิเคราะห์ อย่างน้อยประกอบด้วยประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องแก้ไขโดยเร่งด่วน ประเด็นที่จะต้องพัฒนาให้ดีขึ้น ที่มีความสอดคล้องกับผลการประเมินฯ',
										'มีการกำหนดแนวทางการนำผลการวิเคราะห์ไปสู่การปฏิบัติหรือมาตรการเพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานให้ดีขึ้น ซึ่งสอดคล้องตามผลการวิเคราะห์ผลการประเมินฯ โดยมีรายละเอียดต่างๆ อย่างน้อยประกอบด้วย การกำหนดผู้รับผิดชอบหรือผู้ที่เกี่ยวข้อง การกำหนดขั้นตอนหรือวิธีการปฏิบัติ การกำหนดแนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล'
									]
								},
								{
									code: 'o43',
									nameTh: 'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
									nameEn:
										'Implementation of the measures to promote integrity and transparency within the agency',
									periodRule: 'current',
									allowsNothingToReport: false,
									elements: [
										'แสดงความก้าวหน้าหรือผลการดำเนินการตามมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
										'มีข้อมูลรายละเอียดการนำมาตรการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานในข้อ ๐๔๒ ไปสู่การปฏิบัติอย่างเป็นรูปธรรม',
										'เป็นการดำเนินการในปี พ.ศ. ๒๕๖๕'
									]
								}
							]
						}
					]
				}
			]
		}
	]
};
