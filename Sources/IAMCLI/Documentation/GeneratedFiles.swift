/// Every file generated from the command table, by its path in the repository. The documentation
/// generator writes them, `iam install` installs them, and a test compares them with the copies
/// committed in `man/` and `completions/`.
public enum GeneratedFiles {
  /// The one command that rewrites the committed copies.
  public static let regenerateCommand = "scripts/generate-docs"

  public static let manDirectory = "man"
  public static let completionsDirectory = "completions"
  public static let bashScript = completionsDirectory + "/iam.bash"
  public static let zshScript = completionsDirectory + "/_iam"
  public static let fishScript = completionsDirectory + "/iam.fish"

  /// The manual pages: iam(1), then one page per command.
  public static func manPages() -> [(path: String, content: String)] {
    [(manDirectory + "/iam.1", ToolManPage.render())]
      + CommandTable.documented.map { (manDirectory + "/" + CommandManPage.pageName($0) + ".1", CommandManPage.render($0)) }
  }

  public static func completionScripts() -> [(path: String, content: String)] {
    [
      (bashScript, BashCompletion.render()),
      (zshScript, ZshCompletion.render()),
      (fishScript, FishCompletion.render()),
    ]
  }

  public static func all() -> [(path: String, content: String)] { manPages() + completionScripts() }
}
