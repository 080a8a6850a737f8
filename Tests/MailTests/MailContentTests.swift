import Mail
import Testing

@Test func mailModuleLinks() {
    #expect(MailContent(subject: "s", text: "t", html: "h").subject == "s")
}
