import IAMEncoding
import IAMService
import IAMStore

/// The environment variables and files iam(1) documents, named by the constants the code reads,
/// so that a renamed variable or store file cannot leave the manual behind.
enum EnvironmentDocs {
  static let variables: [(name: String, meaning: String)] = [
    (
      CredentialSource.variable,
      """
      The credential file to use when --aws-credential-file is not given: a file with the lines \
      AWSAccessKeyId=... and AWSSecretKey=..., and for temporary credentials AWSSessionToken=..., read as a \
      Java properties file. A relative path is taken from \
      the working directory; an empty value counts as not set, which -d points out. When neither names a \
      file, the command runs as the account's root user with the credential file kept in the store.
      """
    ),
    (
      EnvironmentSettings.home,
      """
      The directory of the account store, instead of ~/.aws-sim. A relative path is taken from the working \
      directory. The store and its account are created on first use.
      """
    ),
    (
      LegacyMode.variable,
      """
      When set to anything but an empty string or 0, iam behaves as IAMCli 1.5.0 did: everything on standard \
      output, status 0 after a service error, status 1 after -h, a usage error or an unreadable file, and \
      File not found without the path.
      """
    ),
    (
      EnvironmentSettings.seed,
      """
      Any text. The account id, entity ids, access keys and secrets are derived from it instead of from the \
      system's random source, so that a session can be repeated exactly, as tests and this manual do.
      """
    ),
    (
      EnvironmentSettings.clock,
      """
      A UTC time such as 2026-01-01T00:00:00Z, or a number of seconds since 1970, used instead of the \
      system clock wherever iam needs the current time.
      """
    ),
    (
      EnvironmentSettings.fsync,
      """
      When 1, every command flushes its changes to the disk, in an order that keeps the store whole, before \
      it exits, so that they survive a power failure. Without it, a command's changes survive the process \
      being killed at any moment, but a power failure or an operating-system crash can leave the store \
      damaged; use it where that matters more than speed.
      """
    ),
    (
      EnvironmentSettings.crashAtStep,
      "For the store's own tests: the command kills itself with SIGKILL at this step of its commit."
    ),
    (
      EnvironmentSettings.failAtStep,
      "For the store's own tests: this step of the command's commit fails as if the disk were full."
    ),
    (
      EnvironmentSettings.passwordIterations,
      """
      For test suites: the number of PBKDF2-HMAC-SHA256 iterations for passwords set from now on, instead \
      of \(PasswordHashing.defaultIterations). A debug build takes over a second for the real count. Each \
      stored hash records its own count, so passwords set before keep working.
      """
    ),
    ("HOME", "The default store is $HOME/.aws-sim, and iam install installs below $HOME/.local by default."),
    (
      "PATH",
      """
      iam install prints the line to add to the shell's start-up file when the directory it puts the \
      commands in is not on the PATH. man-db derives its search path from the PATH: for an entry DIR/bin it \
      searches DIR/share/man, which is where iam install puts the manual pages.
      """
    ),
    (
      "MANPATH",
      """
      Not needed for iam's manual pages; set without an empty entry, it replaces man's own search path and \
      hides the system's pages. When it is set that way and does not name the installed pages' directory, iam \
      install prints the line that adds it.
      """
    ),
    (
      "SHELL",
      """
      iam install writes the lines it asks you to add (PATH, MANPATH, completions) for this shell: bash, zsh, \
      fish, or any other as a POSIX shell's ~/.profile.
      """
    ),
  ]

  /// Paths below the store, each with what it holds.
  static let storeFiles: [(path: String, meaning: String)] = [
    (StoreLayout.rootCredentials, "The credential file of the account's root user, mode 0600."),
    (
      StoreLayout.account,
      """
      The account: its id, the store's schema version, the counts of what it holds (for the quotas and \
      iam-accountgetsummary), the root user's credentials, the account alias and the password policy.
      """
    ),
    (
      [UserRecord.directory, GroupRecord.directory, RoleRecord.directory, InstanceProfileRecord.directory,
       AccessKeyRecord.directory, SigningCertificateRecord.directory, ServerCertificateRecord.directory]
        .map { $0 + "/" }.joinedText(separator: " "),
      """
      One pretty-printed JSON file per entity, named after its name in lower case (access keys and signing \
      certificates after their id). Secrets are kept only as salted hashes, and private keys not at all. A \
      user's file holds its console password as PBKDF2-HMAC-SHA256 hashes, the current one and as many \
      earlier ones as the password policy's reuse prevention needs.
      """
    ),
    (StoreLayout.groupMembers + "/", "One directory per group, named after the group's id, with one small file per member."),
    (
      ManagedPolicyRecord.directory + "/",
      """
      One file per customer managed policy, named after its name in lower case, with every version's document \
      and how many users, groups and roles it is attached to.
      """
    ),
    (
      StoreLayout.policyAttachments + "/",
      """
      One directory per managed policy, the account's or AWS's, named after the policy's id, with one small file \
      per user, group or role it is attached to, for iam-policylistentities.
      """
    ),
    (
      AWSPolicyUseRecord.directory + "/",
      """
      One small file per AWS managed policy that is attached to something, with how many users, groups and \
      roles it is attached to. The policies themselves are part of iam, not of the store.
      """
    ),
    (
      SessionRecord.directory + "/",
      """
      One file per session of temporary credentials, named after its ASIA key id: whose session it is, when it \
      was made and expires, and when MFA was checked for it; its secret and token as salted hashes only.
      """
    ),
    (
      StoreLayout.sessionExpiry + "/",
      """
      One directory per hour in which sessions expire, with an empty file per session, so that the commands \
      that make sessions remove the expired ones without reading every session.
      """
    ),
    (
      StoreLayout.certificateFingerprints + "/",
      "One small file per signing certificate, named after its SHA-1 fingerprint, so that a duplicate is found at once."
    ),
    (
      StoreLayout.journal,
      """
      The journal that makes each command all or nothing. It stays in the store and is empty between \
      commands: a command that changes the account first writes all of its changes here, then makes them \
      in the files and empties it again. If a command is cut short, the next one finishes its changes, or \
      drops them when the journal was not yet complete.
      """
    ),
    (
      TrailLayout.current + " " + TrailLayout.previous,
      """
      The audit trail, read by iam trail: one CloudTrail record per call, one JSON object per line, oldest \
      first. When the current file passes 4 MiB it becomes the previous one, replacing the one before.
      """
    ),
    (
      StoreLayout.legacyLock,
      """
      Left by an iam older than schema 2, which locked this file instead of the directory. While it stands, \
      iam locks it too, so that an older iam still running during an upgrade waits its turn.
      """
    ),
  ]
}
