/// The exit statuses of `iam`, the one table that the code, `iam(1)` and the README share.
public enum ExitStatus: Int32, Sendable, CaseIterable {
  case success = 0
  case serviceError = 1
  case usageError = 2
  case inputError = 3
  case storeError = 4
  case outputError = 5

  /// What each status means, in the words the documentation uses.
  public var meaning: String {
    switch self {
    case .success: return "The command succeeded (also after -h)."
    case .serviceError:
      return "The simulated IAM service refused the request; the error line says why (for example 404 NoSuchEntity or 403 AccessDenied)."
    case .usageError:
      return "The command line is wrong: an unknown command or option, a missing value or required option, or options that cannot go together."
    case .inputError:
      return "A file the command needs could not be read: the credential file, a policy document, or a bad AWS_SIM_CLOCK."
    case .storeError:
      return "The account store cannot be used: it is damaged, written by a newer iam, or not accessible."
    case .outputError:
      return "The output could not be written (a full disk, a closed pipe); a change the command made was still made."
    }
  }
}
