/// Where iam knowingly behaves differently from IAMCli 1.5.0 (D4): the list iam(1) prints under
/// DIFFERENCES, and the one the README's list is checked against.
public struct LegacyDifference: Sendable {
  /// A few words naming the difference; the README uses them as its list items' openings.
  public var title: String
  /// What iam does, and what the original did.
  public var detail: String

  public static let all: [LegacyDifference] = [
    LegacyDifference(
      title: "Each command is one transaction",
      detail: """
        A command applies all of its changes or none of them, and prints its results only once everything \
        succeeded. IAMCli printed the lines of the steps that had worked, then the error, and exited 0, leaving \
        the account half changed (for example iam-usercreate -k -g with a missing group).
        """),
    LegacyDifference(
      title: "Errors go to standard error with a non-zero status",
      detail: """
        Service errors, usage errors and unreadable files are reported on standard error and end with the \
        statuses listed under EXIT STATUS. IAMCli printed everything on standard output and exited 0 after a \
        service error. Setting \(LegacyMode.variable)=1 restores the old channels and statuses.
        """),
    LegacyDifference(
      title: "A refused policy document says where",
      detail: """
        After IAM's error line for a policy document it refuses (MalformedPolicyDocument, or a character IAM does \
        not accept) comes a second one on standard error naming the file, line and column, counted from 1 \
        (columns in characters), and what is wrong there, as in \
        iam: bad.json:4:86: expected a member name after ','. A document given with -o is called \
        \(PolicyDiagnosticLine.inlineName); one that the command generated from its options gets only what is wrong. \
        IAMCli printed IAM's line alone, as iam does with \(LegacyMode.variable)=1.
        """),
    LegacyDifference(
      title: "-h exits 0",
      detail: "Help is printed on standard output and the status is 0; IAMCli exited 1 after printing help."),
    LegacyDifference(
      title: "Usage errors name every problem at once",
      detail: """
        Each wrong word of a command line is named on a line of its own, and then everything required that is \
        missing, in one line, including a choice of options of which one is needed (such as -f or -o). A refused \
        value of a choice, such as -e Permit, comes with the values that would do. IAMCli named only the first \
        problem, so that a line had to be corrected one mistake at a time.
        """),
    LegacyDifference(
      title: "-h wraps between words and says what is required",
      detail: """
        The text of each option starts with Required. when the option must be given, and lines break between \
        words. IAMCli cut the text every 39 characters, even inside a word, and did not say. Setting \
        \(LegacyMode.variable)=1 restores its layout exactly, as it does its usage errors.
        """),
    LegacyDifference(
      title: "Pretend mode never deletes, and recursive deletes see everything",
      detail: """
        iam-groupdel -p without -r changes nothing and prints nothing, as iam-userdel -p always did; IAMCli \
        deleted the group despite -p. With -r, -p lists what would be removed, as before. A recursive delete \
        handles every member, key and policy, where IAMCli handled only the first page of 100.
        """),
    LegacyDifference(
      title: "Recursive user deletes remove the console password",
      detail: """
        iam-userdel -r deletes the user's login profile (console password) first, and -r -p lists it under \
        loginprofile. IAMCli's -r left the login profile in place, so that IAM then refused to delete the user.
        """),
    LegacyDifference(
      title: "The account summary is sorted by key",
      detail: """
        iam-accountgetsummary prints its KEY: NUMBER lines sorted by key. IAMCli printed them in the order of \
        the Java HashMap it collected them in, which looks random; \(LegacyMode.variable)=1 restores that order.
        """),
    LegacyDifference(
      title: "Generated policies are valid JSON",
      detail: """
        The -a and -r (or -c) values that the *addpolicy commands put into a policy are escaped as JSON \
        strings. IAMCli pasted them in raw, so a quote or a backslash made the document invalid.
        """),
    LegacyDifference(
      title: "A file that cannot be used is named, with the reason",
      detail: """
        A missing input file is reported as File not found: PATH, and one that cannot be used as \
        iam: cannot use PATH: followed by the reason (a directory, too large, a named pipe, unreadable). IAMCli said \
        only File not found; AWS_SIM_LEGACY=1 keeps that for a missing file and a directory.
        """),
    LegacyDifference(
      title: "useraddcert names the options it means",
      detail: """
        Given both -c and -f, iam-useraddcert says can only specify one of -c -f; IAMCli named -o, an option \
        the command does not have. AWS_SIM_LEGACY=1 keeps IAMCli's text.
        """),
    LegacyDifference(
      title: "Listings are ordered by name",
      detail: """
        Every listing, a group's members and every page included, is in the byte order of the names with the \
        ASCII letters lower-cased: -b, .a, 0, _z, A, a-b, a.b, Zed. Policy names that differ only in case \
        follow in byte order, A before a. A Marker is an opaque base32 token to pass back with -m.
        """),
    LegacyDifference(
      title: "--url and --client-config-file change nothing",
      detail: """
        Both are accepted so that old scripts keep working, and ignored, as are AWS_IAM_URL and \
        CLIENT_CONFIG_FILE: the account is local and no request leaves the machine.
        """),
    LegacyDifference(
      title: "Store problems exit 4",
      detail: """
        When the account store cannot be read or written, the command prints one line starting with iam: on \
        standard error and exits 4. IAMCli had no store; its network failures exited 0.
        """),
    LegacyDifference(
      title: "A default credential file",
      detail: """
        Without --aws-credential-file or \(CredentialSource.variable), the command runs as the account's root \
        user, whose credential file iam keeps in the store. IAMCli refused to run without a credential file.
        """),
    LegacyDifference(
      title: "-d describes the command, not the wire",
      detail: """
        -d prints on standard error the credential file used and the key it holds (or why the account refuses \
        that key), the caller, the operations called, each access decision with every policy statement \
        considered and why it applies or not, and the store used. IAMCli printed its HTTP and signing log on \
        standard output.
        """),
    LegacyDifference(
      title: "Every call is recorded",
      detail: """
        Each call a command makes, allowed, refused or failed, is added to the account's audit trail in the \
        store, as CloudTrail would record it, and iam trail reads it back. IAMCli left no record; with AWS, \
        CloudTrail is a separate service.
        """),
  ]
}
