/** Thai messages for screen-reader and keyboard users: the skip link, labels of scroll areas. */
export const thA11y = {
	'a11y.skip': 'ข้ามไปยังเนื้อหา',
	'a11y.table': 'ตาราง{name}'
};
