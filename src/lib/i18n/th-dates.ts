/** Thai messages of the date field, its refusals and warnings. */
export const thDates = {
	'date.hint': 'วัน/เดือน/ปี พ.ศ. เช่น 14/03/{example} หรือ 14 มี.ค. {example}',
	'date.placeholder': 'วว/ดด/ปปปป',
	'date.reads': 'อ่านได้ว่า {date}',
	'date.format':
		'{field}: อ่านวันที่ไม่ได้ ให้พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 14/03/{example} หรือ 14 มี.ค. {example}',
	'date.day': '{field}: ไม่มีวันนี้ในปฏิทิน',
	'date.gregorian': '{field}: ปีที่พิมพ์เป็น ค.ศ. ให้ใช้ปี พ.ศ. ({year})',
	'date.range': '{field}: ปี พ.ศ. {year} เป็นไปไม่ได้ ใช้ปี {min}–{max}',
	'date.order': 'วันสิ้นสุดต้องไม่มาก่อนวันเริ่มต้น',
	'date.warn.afterWindow': 'คำเตือน: หลังวันปิดตอบ OIT ({date}) ส่งไม่ทันระบบ ITAS',
	'date.warn.outsideFiscalYear': 'คำเตือน: อยู่นอกปีงบประมาณ พ.ศ. {year} ({from} – {to})',
	'date.label.from': 'ตั้งแต่วันที่',
	'date.label.to': 'ถึงวันที่'
} as const;
