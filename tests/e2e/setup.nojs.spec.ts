import { setupFlow } from './setup-flow';

/** The same flow with JavaScript off: set-up is a plain HTML form that must work without it. */
setupFlow('first-run set-up (JavaScript off)', 'setupNoJs', {
	name: 'องค์การบริหารส่วนตำบลแม่ใจ',
	province: 'พะเยา',
	domain: 'maechai.go.th',
	fullName: 'นางสาวมาลี รักดี',
	email: 'coordinator@maechai.go.th',
	password: 'set-up-2568-nojs'
});
