import { setupFlow } from './setup-flow';

setupFlow('first-run set-up (JavaScript on)', 'setup', {
	name: 'เทศบาลนครเชียงราย',
	province: 'เชียงราย',
	domain: 'chiangraicity.go.th',
	fullName: 'นายสมชาย ใจดี',
	email: 'coordinator@chiangraicity.go.th',
	password: 'set-up-2568-js'
});
