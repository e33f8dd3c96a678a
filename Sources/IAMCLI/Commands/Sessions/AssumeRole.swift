import IAMService

extension CommandSpec {
  static let assumeRole: CommandSpec = {
    let role = OptionSpec(
      "-r", "ROLE", required: true, completion: .roleArns,
      help: "The role to assume: its ARN, or its name in this account.")
    let sessionName = OptionSpec(
      "-n", "SESSIONNAME", required: true,
      help: "A name for the session, 2 to 64 letters, digits and _+=,.@- characters; it ends the session's ARN.")
    let duration = SessionOptions.duration(
      "How long the credentials last: 900 to 43200 seconds, at most the role's longest session; 3600 by default.")
    let externalId = OptionSpec(
      "--external-id", "EXTERNALID", help: "The value the role's trust policy may require in sts:ExternalId.")
    let sourceIdentity = OptionSpec(
      "--source-identity", "SOURCEIDENTITY",
      help: "Who is behind the session, kept with it and with every session made from it; the trust policy must allow sts:SetSourceIdentity.")
    let verbose = OptionSpec.flag("-v", help: "Also print the session's role id, AROA... followed by the session name.")
    return CommandSpec(
      name: "assumerole", family: .sessions,
      summary: "Get temporary credentials that act as a role.",
      description: """
        Assumes a role: the role's trust policy must allow you to (and when it names only the account, your own \
        policies must allow sts:AssumeRole on the role too), and the credentials you get act with the role's \
        permissions until they expire. When the trust policy asks for MFA, give your device's serial number and \
        the code it shows now. The credentials are printed, or written with -o to a credential file that every \
        command reads with --aws-credential-file or AWS_CREDENTIAL_FILE. The root user cannot assume roles, and \
        a session made by a role session lasts an hour at most.
        """,
      options: [
        duration, externalId, SessionOptions.force, sessionName, SessionOptions.output, role,
        SessionOptions.serialNumber, sourceIdentity, SessionOptions.tokenCode, verbose,
      ],
      output: """
        Without -o, five lines: the access key id (ASIA...), the secret access key, the session token, when \
        they expire (2026-11-23T13:00:00Z), and the session's ARN \
        (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSIONNAME); -v adds the role id line. With -o, nothing but \
        what -v asks for: the expiry, the ARN and the role id.
        """,
      examples: [
        Example(
          "iam-assumerole -r arn:aws:iam::123456789012:role/s3-readonly -n tom-cli -o session.cred",
          "Assume the role and keep its credentials in session.cred."),
        Example(
          "iam-assumerole -r s3-readonly -n tom-cli --serial-number arn:aws:iam::123456789012:mfa/tom --token-code 123456 -o session.cred",
          "Assume a role whose trust policy asks for MFA, with the code tom's device shows."),
      ]
    ) { arguments, context in
      let (result, principal) = try context.iam { iam in
        let given = arguments.required(role)
        let roleArn = given.hasPrefix("arn:") ? given : try iam.roleArn(named: given)
        let result = try iam.assumeRole(
          roleArn: roleArn, roleSessionName: arguments.required(sessionName),
          durationSeconds: arguments.integer(duration), externalId: arguments.value(externalId),
          serialNumber: arguments.value(SessionOptions.serialNumber), tokenCode: arguments.value(SessionOptions.tokenCode),
          sourceIdentity: arguments.value(sourceIdentity))
        try SessionOptions.write(result.credentials, of: result.assumedRoleUser.arn, arguments, context)
        return (result, result.assumedRoleUser.arn)
      }
      var lines = SessionOptions.printed(result.credentials, arguments)
      let verbose = arguments.flag(verbose)
      if !lines.isEmpty || verbose { lines += [result.credentials.expiration, principal] }
      if verbose { lines.append(result.assumedRoleUser.assumedRoleId) }
      return lines
    }
  }()
}
