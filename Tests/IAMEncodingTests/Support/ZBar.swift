/// zbarimg from Debian's zbar-tools: a real QR code reader, which reads PNG files through
/// ImageMagick, as the consumer the QR code and PNG writers are checked against.
enum ZBar {
  static let tool = ExternalTool("zbarimg")

  static var isAvailable: Bool { tool.isAvailable }
}
