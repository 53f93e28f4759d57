// The most common passwords (lower case), including the variants that would otherwise pass a
// "letters + digits + capital" policy. Compared case-insensitively.
const LIST = `123456 123456789 12345678 password qwerty123 qwerty 111111 12345 1234567 1234567890 123123 000000
abc123 password1 password123 password12 passw0rd p@ssw0rd p@ssword letmein letmein1 letmein123 welcome welcome1
welcome123 welcome2024 welcome2025 welcome2026 iloveyou iloveyou1 admin admin123 administrator monkey monkey123
dragon dragon123 football football1 baseball sunshine sunshine1 princess princess1 qwertyuiop qwerty1 qazwsx
trustno1 master master123 superman batman shadow michael jennifer liverpool liverpool1 chelsea chelsea1 arsenal
arsenal1 summer2023 summer2024 summer2025 summer2026 winter2023 winter2024 winter2025 winter2026 spring2024
spring2025 spring2026 autumn2024 autumn2025 autumn2026 january2025 january2026 changeme changeme1 changeme123
secret secret123 hello123 hello1234 test1234 testing123 computer1 internet1 whatever1 freedom1 starwars1
abcd1234 abc12345 aa123456 a1b2c3d4 zaq12wsx 1q2w3e4r 1qaz2wsx qwe123 asdf1234 asdfgh123 password2024
password2025 password2026 london123 london2024 london2025 england1 hertford1 council1 council123 learn2026
ilearn123 totara123 moodle123 default1 temp1234 temporary1 newpassword1 mypassword1 pa55word pa55w0rd`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
