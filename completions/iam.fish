# fish completion for iam and its iam-<command> links.
# Generated from iam's command table by 'scripts/generate-docs'; do not edit.

complete -e -c iam
complete -e -c iam-accountaliascreate
complete -e -c iam-accountaliasdelete
complete -e -c iam-accountaliaslist
complete -e -c iam-accountdelpasswordpolicy
complete -e -c iam-accountgetpasswordpolicy
complete -e -c iam-accountgetsummary
complete -e -c iam-accountmodpasswordpolicy
complete -e -c iam-groupaddpolicy
complete -e -c iam-groupadduser
complete -e -c iam-groupcreate
complete -e -c iam-groupdel
complete -e -c iam-groupdelpolicy
complete -e -c iam-grouplistbypath
complete -e -c iam-grouplistpolicies
complete -e -c iam-grouplistusers
complete -e -c iam-groupmod
complete -e -c iam-groupremoveuser
complete -e -c iam-groupuploadpolicy
complete -e -c iam-groupattachpolicy
complete -e -c iam-groupdetachpolicy
complete -e -c iam-grouplistattachedpolicies
complete -e -c iam-useraddpolicy
complete -e -c iam-usercreate
complete -e -c iam-userdel
complete -e -c iam-userdelpolicy
complete -e -c iam-usergetattributes
complete -e -c iam-userlistbypath
complete -e -c iam-userlistgroups
complete -e -c iam-userlistpolicies
complete -e -c iam-usermod
complete -e -c iam-useruploadpolicy
complete -e -c iam-userattachpolicy
complete -e -c iam-userdetachpolicy
complete -e -c iam-userlistattachedpolicies
complete -e -c iam-useraddkey
complete -e -c iam-userdelkey
complete -e -c iam-userlistkeys
complete -e -c iam-usermodkey
complete -e -c iam-useraddcert
complete -e -c iam-userdelcert
complete -e -c iam-userlistcerts
complete -e -c iam-usermodcert
complete -e -c iam-useraddloginprofile
complete -e -c iam-userchangepassword
complete -e -c iam-userdelloginprofile
complete -e -c iam-usergetloginprofile
complete -e -c iam-usermodloginprofile
complete -e -c iam-roleaddpolicy
complete -e -c iam-rolecreate
complete -e -c iam-roledel
complete -e -c iam-roledelpolicy
complete -e -c iam-rolegetattributes
complete -e -c iam-rolelistbypath
complete -e -c iam-rolelistpolicies
complete -e -c iam-roleupdateassumepolicy
complete -e -c iam-roleuploadpolicy
complete -e -c iam-roleattachpolicy
complete -e -c iam-roledetachpolicy
complete -e -c iam-rolelistattachedpolicies
complete -e -c iam-rolemod
complete -e -c iam-instanceprofileaddrole
complete -e -c iam-instanceprofilecreate
complete -e -c iam-instanceprofiledel
complete -e -c iam-instanceprofilegetattributes
complete -e -c iam-instanceprofilelistbypath
complete -e -c iam-instanceprofilelistforrole
complete -e -c iam-instanceprofileremoverole
complete -e -c iam-servercertdel
complete -e -c iam-servercertgetattributes
complete -e -c iam-servercertlistbypath
complete -e -c iam-servercertmod
complete -e -c iam-servercertupload
complete -e -c iam-virtualmfadevicecreate
complete -e -c iam-virtualmfadevicedel
complete -e -c iam-virtualmfadevicelist
complete -e -c iam-userenablemfadevice
complete -e -c iam-userdeactivatemfadevice
complete -e -c iam-userlistmfadevices
complete -e -c iam-userresyncmfadevice
complete -e -c iam-policycreate
complete -e -c iam-policydel
complete -e -c iam-policyget
complete -e -c iam-policylistbypath
complete -e -c iam-policylistentities
complete -e -c iam-policyversioncreate
complete -e -c iam-policyversiondel
complete -e -c iam-policyversionget
complete -e -c iam-policyversionlist
complete -e -c iam-policyversionsetdefault
complete -e -c iam-assumerole
complete -e -c iam-getsessiontoken

# The command on the line: usercreate for `iam-usercreate ...` and for `iam usercreate ...`.
function __iam_command
    set -l tokens (commandline -opc)
    set -l program (string replace -r '.*/' '' -- $tokens[1])
    if string match -q 'iam-*' -- $program
        string replace 'iam-' '' -- $program
    else if set -q tokens[2]
        echo $tokens[2]
    end
end

function __iam_is -a name
    set -l command (__iam_command)
    test "$command" = "$name"
end

# True while the command name itself is being typed after `iam`.
function __iam_naming_command
    set -l tokens (commandline -opc)
    test (count $tokens) -eq 1
    and test (string replace -r '.*/' '' -- $tokens[1]) = iam
end

# Names from the account store for the word under the cursor. iam reads the store without
# waiting for its lock, and prints nothing when it has nothing to offer.
function __iam_live
    set -l tokens (commandline -opc)
    command iam __complete (count $tokens) $tokens (commandline -ct) 2>/dev/null
end

complete -c iam -f
complete -c iam-accountaliascreate -f
complete -c iam-accountaliasdelete -f
complete -c iam-accountaliaslist -f
complete -c iam-accountdelpasswordpolicy -f
complete -c iam-accountgetpasswordpolicy -f
complete -c iam-accountgetsummary -f
complete -c iam-accountmodpasswordpolicy -f
complete -c iam-groupaddpolicy -f
complete -c iam-groupadduser -f
complete -c iam-groupcreate -f
complete -c iam-groupdel -f
complete -c iam-groupdelpolicy -f
complete -c iam-grouplistbypath -f
complete -c iam-grouplistpolicies -f
complete -c iam-grouplistusers -f
complete -c iam-groupmod -f
complete -c iam-groupremoveuser -f
complete -c iam-groupuploadpolicy -f
complete -c iam-groupattachpolicy -f
complete -c iam-groupdetachpolicy -f
complete -c iam-grouplistattachedpolicies -f
complete -c iam-useraddpolicy -f
complete -c iam-usercreate -f
complete -c iam-userdel -f
complete -c iam-userdelpolicy -f
complete -c iam-usergetattributes -f
complete -c iam-userlistbypath -f
complete -c iam-userlistgroups -f
complete -c iam-userlistpolicies -f
complete -c iam-usermod -f
complete -c iam-useruploadpolicy -f
complete -c iam-userattachpolicy -f
complete -c iam-userdetachpolicy -f
complete -c iam-userlistattachedpolicies -f
complete -c iam-useraddkey -f
complete -c iam-userdelkey -f
complete -c iam-userlistkeys -f
complete -c iam-usermodkey -f
complete -c iam-useraddcert -f
complete -c iam-userdelcert -f
complete -c iam-userlistcerts -f
complete -c iam-usermodcert -f
complete -c iam-useraddloginprofile -f
complete -c iam-userchangepassword -f
complete -c iam-userdelloginprofile -f
complete -c iam-usergetloginprofile -f
complete -c iam-usermodloginprofile -f
complete -c iam-roleaddpolicy -f
complete -c iam-rolecreate -f
complete -c iam-roledel -f
complete -c iam-roledelpolicy -f
complete -c iam-rolegetattributes -f
complete -c iam-rolelistbypath -f
complete -c iam-rolelistpolicies -f
complete -c iam-roleupdateassumepolicy -f
complete -c iam-roleuploadpolicy -f
complete -c iam-roleattachpolicy -f
complete -c iam-roledetachpolicy -f
complete -c iam-rolelistattachedpolicies -f
complete -c iam-rolemod -f
complete -c iam-instanceprofileaddrole -f
complete -c iam-instanceprofilecreate -f
complete -c iam-instanceprofiledel -f
complete -c iam-instanceprofilegetattributes -f
complete -c iam-instanceprofilelistbypath -f
complete -c iam-instanceprofilelistforrole -f
complete -c iam-instanceprofileremoverole -f
complete -c iam-servercertdel -f
complete -c iam-servercertgetattributes -f
complete -c iam-servercertlistbypath -f
complete -c iam-servercertmod -f
complete -c iam-servercertupload -f
complete -c iam-virtualmfadevicecreate -f
complete -c iam-virtualmfadevicedel -f
complete -c iam-virtualmfadevicelist -f
complete -c iam-userenablemfadevice -f
complete -c iam-userdeactivatemfadevice -f
complete -c iam-userlistmfadevices -f
complete -c iam-userresyncmfadevice -f
complete -c iam-policycreate -f
complete -c iam-policydel -f
complete -c iam-policyget -f
complete -c iam-policylistbypath -f
complete -c iam-policylistentities -f
complete -c iam-policyversioncreate -f
complete -c iam-policyversiondel -f
complete -c iam-policyversionget -f
complete -c iam-policyversionlist -f
complete -c iam-policyversionsetdefault -f
complete -c iam-assumerole -f
complete -c iam-getsessiontoken -f

complete -c iam -n __iam_naming_command -a accountaliascreate -d 'Give the account an alias for its sign-in page.'
complete -c iam -n __iam_naming_command -a accountaliasdelete -d 'Remove the account\'s alias.'
complete -c iam -n __iam_naming_command -a accountaliaslist -d 'Show the account\'s alias and its sign-in link.'
complete -c iam -n __iam_naming_command -a accountdelpasswordpolicy -d 'Remove the password policy, so that IAM\'s default rules apply.'
complete -c iam -n __iam_naming_command -a accountgetpasswordpolicy -d 'Show the rules for users\' console passwords.'
complete -c iam -n __iam_naming_command -a accountgetsummary -d 'Show how many users, groups, roles and the rest the account has, and its quotas.'
complete -c iam -n __iam_naming_command -a accountmodpasswordpolicy -d 'Set the rules for users\' console passwords.'
complete -c iam -n __iam_naming_command -a groupaddpolicy -d 'Give a group a one-statement policy built from the options.'
complete -c iam -n __iam_naming_command -a groupadduser -d 'Add users to a group.'
complete -c iam -n __iam_naming_command -a groupcreate -d 'Create a group.'
complete -c iam -n __iam_naming_command -a groupdel -d 'Delete a group, optionally emptying it first.'
complete -c iam -n __iam_naming_command -a groupdelpolicy -d 'Delete an inline policy of a group.'
complete -c iam -n __iam_naming_command -a grouplistbypath -d 'List the groups of the account.'
complete -c iam -n __iam_naming_command -a grouplistpolicies -d 'List the inline policies of a group.'
complete -c iam -n __iam_naming_command -a grouplistusers -d 'List the members of a group.'
complete -c iam -n __iam_naming_command -a groupmod -d 'Rename a group or change its path.'
complete -c iam -n __iam_naming_command -a groupremoveuser -d 'Remove users from a group.'
complete -c iam -n __iam_naming_command -a groupuploadpolicy -d 'Give a group an inline policy from a document.'
complete -c iam -n __iam_naming_command -a groupattachpolicy -d 'Attach a managed policy to a group.'
complete -c iam -n __iam_naming_command -a groupdetachpolicy -d 'Detach a managed policy from a group.'
complete -c iam -n __iam_naming_command -a grouplistattachedpolicies -d 'List the managed policies attached to a group.'
complete -c iam -n __iam_naming_command -a useraddpolicy -d 'Give a user a one-statement policy built from the options.'
complete -c iam -n __iam_naming_command -a usercreate -d 'Create a user, optionally with an access key and group memberships.'
complete -c iam -n __iam_naming_command -a userdel -d 'Delete a user, optionally with everything it has.'
complete -c iam -n __iam_naming_command -a userdelpolicy -d 'Delete an inline policy of a user.'
complete -c iam -n __iam_naming_command -a usergetattributes -d 'Show a user\'s ARN and unique id.'
complete -c iam -n __iam_naming_command -a userlistbypath -d 'List the users of the account.'
complete -c iam -n __iam_naming_command -a userlistgroups -d 'List the groups a user belongs to.'
complete -c iam -n __iam_naming_command -a userlistpolicies -d 'List the inline policies of a user.'
complete -c iam -n __iam_naming_command -a usermod -d 'Rename a user or change its path.'
complete -c iam -n __iam_naming_command -a useruploadpolicy -d 'Give a user an inline policy from a document.'
complete -c iam -n __iam_naming_command -a userattachpolicy -d 'Attach a managed policy to a user.'
complete -c iam -n __iam_naming_command -a userdetachpolicy -d 'Detach a managed policy from a user.'
complete -c iam -n __iam_naming_command -a userlistattachedpolicies -d 'List the managed policies attached to a user.'
complete -c iam -n __iam_naming_command -a useraddkey -d 'Create an access key.'
complete -c iam -n __iam_naming_command -a userdelkey -d 'Delete an access key.'
complete -c iam -n __iam_naming_command -a userlistkeys -d 'List access keys and their status.'
complete -c iam -n __iam_naming_command -a usermodkey -d 'Activate or deactivate an access key.'
complete -c iam -n __iam_naming_command -a useraddcert -d 'Upload a signing certificate for a user.'
complete -c iam -n __iam_naming_command -a userdelcert -d 'Delete a signing certificate.'
complete -c iam -n __iam_naming_command -a userlistcerts -d 'List signing certificates and their status.'
complete -c iam -n __iam_naming_command -a usermodcert -d 'Activate or deactivate a signing certificate.'
complete -c iam -n __iam_naming_command -a useraddloginprofile -d 'Give a user a console password.'
complete -c iam -n __iam_naming_command -a userchangepassword -d 'Change the console password of the user running the command.'
complete -c iam -n __iam_naming_command -a userdelloginprofile -d 'Delete a user\'s console password.'
complete -c iam -n __iam_naming_command -a usergetloginprofile -d 'Tell whether a user has a console password.'
complete -c iam -n __iam_naming_command -a usermodloginprofile -d 'Replace a user\'s console password.'
complete -c iam -n __iam_naming_command -a roleaddpolicy -d 'Give a role a one-statement policy built from the options.'
complete -c iam -n __iam_naming_command -a rolecreate -d 'Create a role that a service or a principal may assume.'
complete -c iam -n __iam_naming_command -a roledel -d 'Delete a role, optionally detaching it from everything first.'
complete -c iam -n __iam_naming_command -a roledelpolicy -d 'Delete an inline policy of a role.'
complete -c iam -n __iam_naming_command -a rolegetattributes -d 'Show a role\'s ARN, unique id and trust policy.'
complete -c iam -n __iam_naming_command -a rolelistbypath -d 'List the roles of the account.'
complete -c iam -n __iam_naming_command -a rolelistpolicies -d 'List the inline policies of a role.'
complete -c iam -n __iam_naming_command -a roleupdateassumepolicy -d 'Replace the trust policy of a role.'
complete -c iam -n __iam_naming_command -a roleuploadpolicy -d 'Give a role an inline policy from a document.'
complete -c iam -n __iam_naming_command -a roleattachpolicy -d 'Attach a managed policy to a role.'
complete -c iam -n __iam_naming_command -a roledetachpolicy -d 'Detach a managed policy from a role.'
complete -c iam -n __iam_naming_command -a rolelistattachedpolicies -d 'List the managed policies attached to a role.'
complete -c iam -n __iam_naming_command -a rolemod -d 'Change how long the sessions of a role may last.'
complete -c iam -n __iam_naming_command -a instanceprofileaddrole -d 'Put a role into an instance profile.'
complete -c iam -n __iam_naming_command -a instanceprofilecreate -d 'Create an instance profile, optionally holding a role.'
complete -c iam -n __iam_naming_command -a instanceprofiledel -d 'Delete an instance profile, optionally emptying it first.'
complete -c iam -n __iam_naming_command -a instanceprofilegetattributes -d 'Show an instance profile\'s ARN and unique id; with -r, also its role\'s ARN.'
complete -c iam -n __iam_naming_command -a instanceprofilelistbypath -d 'List the instance profiles of the account.'
complete -c iam -n __iam_naming_command -a instanceprofilelistforrole -d 'List the instance profiles that hold a role.'
complete -c iam -n __iam_naming_command -a instanceprofileremoverole -d 'Take a role out of an instance profile.'
complete -c iam -n __iam_naming_command -a servercertdel -d 'Delete a server certificate.'
complete -c iam -n __iam_naming_command -a servercertgetattributes -d 'Show a server certificate\'s ARN and id.'
complete -c iam -n __iam_naming_command -a servercertlistbypath -d 'List the server certificates of the account.'
complete -c iam -n __iam_naming_command -a servercertmod -d 'Rename a server certificate or change its path.'
complete -c iam -n __iam_naming_command -a servercertupload -d 'Upload a server certificate with its private key and chain.'
complete -c iam -n __iam_naming_command -a virtualmfadevicecreate -d 'Create a virtual MFA device and hand out its seed.'
complete -c iam -n __iam_naming_command -a virtualmfadevicedel -d 'Delete a virtual MFA device.'
complete -c iam -n __iam_naming_command -a virtualmfadevicelist -d 'List the virtual MFA devices of the account.'
complete -c iam -n __iam_naming_command -a userenablemfadevice -d 'Enable an MFA device for a user, with two consecutive codes.'
complete -c iam -n __iam_naming_command -a userdeactivatemfadevice -d 'Deactivate a user\'s MFA device.'
complete -c iam -n __iam_naming_command -a userlistmfadevices -d 'List the MFA devices enabled for a user.'
complete -c iam -n __iam_naming_command -a userresyncmfadevice -d 'Resynchronise a user\'s MFA device whose clock has drifted.'
complete -c iam -n __iam_naming_command -a policycreate -d 'Create a customer managed policy from a document.'
complete -c iam -n __iam_naming_command -a policydel -d 'Delete a customer managed policy.'
complete -c iam -n __iam_naming_command -a policyget -d 'Show a managed policy, and with -v its document.'
complete -c iam -n __iam_naming_command -a policylistbypath -d 'List managed policies: the account\'s, AWS\'s, or both.'
complete -c iam -n __iam_naming_command -a policylistentities -d 'List the users, groups and roles a managed policy is attached to.'
complete -c iam -n __iam_naming_command -a policyversioncreate -d 'Add a version to a customer managed policy.'
complete -c iam -n __iam_naming_command -a policyversiondel -d 'Delete a version of a customer managed policy.'
complete -c iam -n __iam_naming_command -a policyversionget -d 'Print the document of one version of a managed policy.'
complete -c iam -n __iam_naming_command -a policyversionlist -d 'List the versions of a managed policy.'
complete -c iam -n __iam_naming_command -a policyversionsetdefault -d 'Choose the version of a customer managed policy that applies.'
complete -c iam -n __iam_naming_command -a assumerole -d 'Get temporary credentials that act as a role.'
complete -c iam -n __iam_naming_command -a getsessiontoken -d 'Get temporary credentials with your own permissions, proven with MFA.'
complete -c iam -n __iam_naming_command -a help -d 'List the commands, or show the help of one: iam help <command>.'
complete -c iam -n __iam_naming_command -a install -d 'Install iam, its iam-<command> links, man pages and completions (default prefix ~/.local).'
complete -c iam -n __iam_naming_command -a instancecredentials -d 'Print the role credentials an EC2 instance would read from its metadata.'
complete -c iam -n __iam_naming_command -a mfacode -d 'Print the code a virtual MFA device shows now, from its seed file.'
complete -c iam -n __iam_naming_command -a rootkey -d 'Show the root user\'s access keys, or get root access back with --reset.'
complete -c iam -n __iam_naming_command -a signin -d 'Check what the console would answer a user signing in with a password.'
complete -c iam -n __iam_naming_command -a simulate -d 'Decide actions on resources the way the account\'s policies would, without doing them.'
complete -c iam -n __iam_naming_command -a trail -d 'Show who called what in the account, and how each call ended.'
complete -c iam -n __iam_naming_command -a version -d 'Print the version of iam (also iam --version).'
complete -c iam -n __iam_naming_command -a whoami -d 'Print who the credential file makes you: ARN, user id and account.'

complete -c iam -c iam-accountaliascreate -n '__iam_is accountaliascreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountaliascreate -n '__iam_is accountaliascreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountaliascreate -n '__iam_is accountaliascreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountaliascreate -n '__iam_is accountaliascreate' -o a -x -d 'The alias: 3 to 63 lower-case letters, digits and single hyphens, not starting or ending with one.'
complete -c iam -c iam-accountaliascreate -n '__iam_is accountaliascreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountaliascreate -n '__iam_is accountaliascreate' -o h -d 'Print this help and exit.'

complete -c iam -c iam-accountaliasdelete -n '__iam_is accountaliasdelete' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountaliasdelete -n '__iam_is accountaliasdelete' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountaliasdelete -n '__iam_is accountaliasdelete' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountaliasdelete -n '__iam_is accountaliasdelete' -o a -x -a '(__iam_live)' -d 'The account\'s alias, as a check that it is the one meant.'
complete -c iam -c iam-accountaliasdelete -n '__iam_is accountaliasdelete' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountaliasdelete -n '__iam_is accountaliasdelete' -o h -d 'Print this help and exit.'

complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -o h -d 'Print this help and exit.'
complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-accountaliaslist -n '__iam_is accountaliaslist' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'

complete -c iam -c iam-accountdelpasswordpolicy -n '__iam_is accountdelpasswordpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountdelpasswordpolicy -n '__iam_is accountdelpasswordpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountdelpasswordpolicy -n '__iam_is accountdelpasswordpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountdelpasswordpolicy -n '__iam_is accountdelpasswordpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountdelpasswordpolicy -n '__iam_is accountdelpasswordpolicy' -o h -d 'Print this help and exit.'

complete -c iam -c iam-accountgetpasswordpolicy -n '__iam_is accountgetpasswordpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountgetpasswordpolicy -n '__iam_is accountgetpasswordpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountgetpasswordpolicy -n '__iam_is accountgetpasswordpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountgetpasswordpolicy -n '__iam_is accountgetpasswordpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountgetpasswordpolicy -n '__iam_is accountgetpasswordpolicy' -o h -d 'Print this help and exit.'

complete -c iam -c iam-accountgetsummary -n '__iam_is accountgetsummary' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountgetsummary -n '__iam_is accountgetsummary' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountgetsummary -n '__iam_is accountgetsummary' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountgetsummary -n '__iam_is accountgetsummary' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountgetsummary -n '__iam_is accountgetsummary' -o h -d 'Print this help and exit.'

complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -l hard-expiry -d 'Extension: a user whose password expired cannot set a new one; an administrator must.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -l max-password-age -x -d 'Extension: a password expires this many days (1 to 1095) after it was set. Without it, never.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -l password-reuse-prevention -x -d 'Extension: a new password may not be any of the user\'s last COUNT passwords (1 to 24).'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o a -d 'Let every user change its own password, without a policy allowing iam:ChangePassword.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o l -d 'Require at least one lower-case letter, a to z.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o m -x -d 'The fewest characters a password may have, 6 to 128; 6 if left out.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o n -d 'Require at least one digit, 0 to 9.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o s -d 'Require at least one of the symbols ! @ # $ % ^ & * ( ) _ + - = [ ] { } | \'.'
complete -c iam -c iam-accountmodpasswordpolicy -n '__iam_is accountmodpasswordpolicy' -o u -d 'Require at least one capital letter, A to Z.'

complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o a -x -d 'An action such as ec2:DescribeInstances or s3:*; repeat -a for each action.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o e -x -a 'Allow Deny' -d 'Allow or Deny: whether the statement grants the actions or forbids them. Case does not matter.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o o -d 'Print the generated policy document once it is stored.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o p -x -d 'Name of the policy; a policy of that name is replaced.'
complete -c iam -c iam-groupaddpolicy -n '__iam_is groupaddpolicy' -o r -x -d 'The ARN of a resource the statement covers, or *; repeat -r for each resource.'

complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -o g -x -a '(__iam_live)' -d 'Name of the group to add users to.'
complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupadduser -n '__iam_is groupadduser' -o u -x -a '(__iam_live)' -d 'A user to add; repeat -u to add several users at once.'

complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -o g -x -d 'Name of the new group: up to 128 letters, digits and _+=,.@- characters, unique in any case.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -o p -x -d 'Path to file the group under, such as /engineering/; / by default.'
complete -c iam -c iam-groupcreate -n '__iam_is groupcreate' -o v -d 'Print the new group\'s ARN and unique id.'

complete -c iam -c iam-groupdel -n '__iam_is groupdel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -o g -x -a '(__iam_live)' -d 'Name of the group to delete.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -o p -d 'With -r, only list the members and policies that would be removed; change nothing.'
complete -c iam -c iam-groupdel -n '__iam_is groupdel' -o r -d 'First remove every member from the group, delete its policies and detach its managed policies, then the group.'

complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupdelpolicy -n '__iam_is groupdelpolicy' -o p -x -a '(__iam_live)' -d 'Name of the policy to delete.'

complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -o h -d 'Print this help and exit.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-grouplistbypath -n '__iam_is grouplistbypath' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o h -d 'Print this help and exit.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o p -x -a '(__iam_live)' -d 'Print only this policy\'s document, and nothing else.'
complete -c iam -c iam-grouplistpolicies -n '__iam_is grouplistpolicies' -o v -d 'Also print each policy\'s document after its name.'

complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -o g -x -a '(__iam_live)' -d 'Name of the group whose members to list.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -o h -d 'Print this help and exit.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-grouplistusers -n '__iam_is grouplistusers' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'

complete -c iam -c iam-groupmod -n '__iam_is groupmod' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -o g -x -a '(__iam_live)' -d 'Name of the group to change.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -o n -x -d 'Rename the group to this; its members and policies stay with it.'
complete -c iam -c iam-groupmod -n '__iam_is groupmod' -o p -x -d 'Move the group to this path.'

complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -o g -x -a '(__iam_live)' -d 'Name of the group to remove users from.'
complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupremoveuser -n '__iam_is groupremoveuser' -o u -x -a '(__iam_live)' -d 'A user to remove; repeat -u to remove several users at once.'

complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -o f -r -F -d 'Read the policy document from this file.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -o o -x -d 'The policy document itself, as JSON text on the command line.'
complete -c iam -c iam-groupuploadpolicy -n '__iam_is groupuploadpolicy' -o p -x -d 'Name of the policy; a policy of that name is replaced.'

complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -o a -x -a '(__iam_live)' -d 'ARN of the managed policy to attach, AWS\'s or the account\'s own.'
complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-groupattachpolicy -n '__iam_is groupattachpolicy' -o h -d 'Print this help and exit.'

complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -o a -x -a '(__iam_live)' -d 'ARN of the attached policy to detach.'
complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-groupdetachpolicy -n '__iam_is groupdetachpolicy' -o h -d 'Print this help and exit.'

complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -o g -x -a '(__iam_live)' -d 'Name of the group.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -o h -d 'Print this help and exit.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-grouplistattachedpolicies -n '__iam_is grouplistattachedpolicies' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o a -x -d 'An action such as ec2:DescribeInstances or s3:*; repeat -a for each action.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o e -x -a 'Allow Deny' -d 'Allow or Deny: whether the statement grants the actions or forbids them. Case does not matter.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o o -d 'Print the generated policy document once it is stored.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o p -x -d 'Name of the policy; a policy of that name is replaced.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o r -x -d 'The ARN of a resource the statement covers, or *; repeat -r for each resource.'
complete -c iam -c iam-useraddpolicy -n '__iam_is useraddpolicy' -o u -x -a '(__iam_live)' -d 'Name of the user.'

complete -c iam -c iam-usercreate -n '__iam_is usercreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o g -x -a '(__iam_live)' -d 'A group to add the new user to; repeat -g for several groups.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o k -d 'Also create an access key for the user and print it.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o p -x -d 'Path to file the user under, such as /engineering/; / by default.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o u -x -d 'Name of the new user: up to 64 letters, digits and _+=,.@- characters, unique in any case.'
complete -c iam -c iam-usercreate -n '__iam_is usercreate' -o v -d 'Print the new user\'s ARN and unique id.'

complete -c iam -c iam-userdel -n '__iam_is userdel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -o p -d 'With -r, only list what would be removed; change nothing.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -o r -d 'First delete the user\'s console password, access keys, policies and signing certificates, detach its managed policies, deactivate its MFA devices and leave its groups, then delete the user.'
complete -c iam -c iam-userdel -n '__iam_is userdel' -o u -x -a '(__iam_live)' -d 'Name of the user to delete.'

complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -o p -x -a '(__iam_live)' -d 'Name of the policy to delete.'
complete -c iam -c iam-userdelpolicy -n '__iam_is userdelpolicy' -o u -x -a '(__iam_live)' -d 'Name of the user.'

complete -c iam -c iam-usergetattributes -n '__iam_is usergetattributes' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usergetattributes -n '__iam_is usergetattributes' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usergetattributes -n '__iam_is usergetattributes' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usergetattributes -n '__iam_is usergetattributes' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usergetattributes -n '__iam_is usergetattributes' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usergetattributes -n '__iam_is usergetattributes' -o u -x -a '(__iam_live)' -d 'Name of the user; without it, the user whose access key runs the command.'

complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistbypath -n '__iam_is userlistbypath' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistgroups -n '__iam_is userlistgroups' -o u -x -a '(__iam_live)' -d 'Name of the user whose groups to list.'

complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o p -x -a '(__iam_live)' -d 'Print only this policy\'s document, and nothing else.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o u -x -a '(__iam_live)' -d 'Name of the user.'
complete -c iam -c iam-userlistpolicies -n '__iam_is userlistpolicies' -o v -d 'Also print each policy\'s document after its name.'

complete -c iam -c iam-usermod -n '__iam_is usermod' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -o n -x -d 'Rename the user to this; keys, policies and groups stay with it.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -o p -x -d 'Move the user to this path.'
complete -c iam -c iam-usermod -n '__iam_is usermod' -o u -x -a '(__iam_live)' -d 'Name of the user to change.'

complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -o f -r -F -d 'Read the policy document from this file.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -o o -x -d 'The policy document itself, as JSON text on the command line.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -o p -x -d 'Name of the policy; a policy of that name is replaced.'
complete -c iam -c iam-useruploadpolicy -n '__iam_is useruploadpolicy' -o u -x -a '(__iam_live)' -d 'Name of the user.'

complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -o a -x -a '(__iam_live)' -d 'ARN of the managed policy to attach, AWS\'s or the account\'s own.'
complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userattachpolicy -n '__iam_is userattachpolicy' -o u -x -a '(__iam_live)' -d 'Name of the user.'

complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -o a -x -a '(__iam_live)' -d 'ARN of the attached policy to detach.'
complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdetachpolicy -n '__iam_is userdetachpolicy' -o u -x -a '(__iam_live)' -d 'Name of the user.'

complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'
complete -c iam -c iam-userlistattachedpolicies -n '__iam_is userlistattachedpolicies' -o u -x -a '(__iam_live)' -d 'Name of the user.'

complete -c iam -c iam-useraddkey -n '__iam_is useraddkey' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-useraddkey -n '__iam_is useraddkey' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-useraddkey -n '__iam_is useraddkey' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-useraddkey -n '__iam_is useraddkey' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-useraddkey -n '__iam_is useraddkey' -o h -d 'Print this help and exit.'
complete -c iam -c iam-useraddkey -n '__iam_is useraddkey' -o u -x -a '(__iam_live)' -d 'User to create the key for; without it, the user whose key runs the command.'

complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -o k -x -a '(__iam_live)' -d 'Id of the access key to delete.'
complete -c iam -c iam-userdelkey -n '__iam_is userdelkey' -o u -x -a '(__iam_live)' -d 'Owner of the key; without it, the user whose key runs the command.'

complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistkeys -n '__iam_is userlistkeys' -o u -x -a '(__iam_live)' -d 'User whose keys to list; without it, the user whose key runs the command.'

complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -o k -x -a '(__iam_live)' -d 'Id of the access key to change.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -o s -x -a 'Active Inactive' -d 'Active or Inactive. An inactive key is refused until it is made active again.'
complete -c iam -c iam-usermodkey -n '__iam_is usermodkey' -o u -x -a '(__iam_live)' -d 'Owner of the key; without it, the user whose key runs the command.'

complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -o c -x -d 'The certificate itself, as PEM text on the command line.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -o f -r -F -d 'Read the certificate from this PEM file, as openssl writes it.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -o h -d 'Print this help and exit.'
complete -c iam -c iam-useraddcert -n '__iam_is useraddcert' -o u -x -a '(__iam_live)' -d 'User to add the certificate to; without it, the user whose key runs the command.'

complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -o c -x -a '(__iam_live)' -d 'Id of the signing certificate to delete.'
complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdelcert -n '__iam_is userdelcert' -o u -x -a '(__iam_live)' -d 'Owner of the certificate; without it, the user whose key runs the command.'

complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -o u -x -a '(__iam_live)' -d 'User whose certificates to list; without it, the user whose key runs the command.'
complete -c iam -c iam-userlistcerts -n '__iam_is userlistcerts' -o v -d 'Also print each certificate, in PEM, after its status.'

complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -o c -x -a '(__iam_live)' -d 'Id of the signing certificate to change.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -o s -x -a 'Active Inactive' -d 'Active or Inactive. Case does not matter.'
complete -c iam -c iam-usermodcert -n '__iam_is usermodcert' -o u -x -a '(__iam_live)' -d 'Owner of the certificate; without it, the user whose key runs the command.'

complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -l password-reset-required -d 'Extension: the user must choose a new password at the next sign-in. Without it, the password can be used as it is.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -o h -d 'Print this help and exit.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -o p -x -d 'The user\'s new console password; it must follow the password policy.'
complete -c iam -c iam-useraddloginprofile -n '__iam_is useraddloginprofile' -o u -x -a '(__iam_live)' -d 'User to give a console password.'

complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -o n -x -d 'The new password; it must follow the password policy, reuse prevention included.'
complete -c iam -c iam-userchangepassword -n '__iam_is userchangepassword' -o o -x -d 'The current password, as a check.'

complete -c iam -c iam-userdelloginprofile -n '__iam_is userdelloginprofile' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdelloginprofile -n '__iam_is userdelloginprofile' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdelloginprofile -n '__iam_is userdelloginprofile' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdelloginprofile -n '__iam_is userdelloginprofile' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdelloginprofile -n '__iam_is userdelloginprofile' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdelloginprofile -n '__iam_is userdelloginprofile' -o u -x -a '(__iam_live)' -d 'User whose console password to delete.'

complete -c iam -c iam-usergetloginprofile -n '__iam_is usergetloginprofile' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usergetloginprofile -n '__iam_is usergetloginprofile' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usergetloginprofile -n '__iam_is usergetloginprofile' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usergetloginprofile -n '__iam_is usergetloginprofile' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usergetloginprofile -n '__iam_is usergetloginprofile' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usergetloginprofile -n '__iam_is usergetloginprofile' -o u -x -a '(__iam_live)' -d 'User whose console password to look for.'

complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -l password-reset-required -d 'Extension: the user must choose a new password at the next sign-in. Without it, that setting stays as it was.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -o h -d 'Print this help and exit.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -o p -x -d 'The user\'s new console password; it must follow the password policy, reuse prevention included.'
complete -c iam -c iam-usermodloginprofile -n '__iam_is usermodloginprofile' -o u -x -a '(__iam_live)' -d 'User whose console password to replace.'

complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o a -x -d 'An action such as ec2:DescribeInstances or s3:*; repeat -a for each action.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o c -x -d 'The ARN of a resource the statement covers, or *; repeat -c for each resource.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o e -x -a 'Allow Deny' -d 'Allow or Deny: whether the statement grants the actions or forbids them. Case does not matter.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o o -d 'Print the generated policy document once it is stored.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o p -x -d 'Name of the policy; a policy of that name is replaced.'
complete -c iam -c iam-roleaddpolicy -n '__iam_is roleaddpolicy' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -l max-session-duration -x -d 'The longest session iam-assumerole gives out for the role: 3600 to 43200 seconds; 3600 for a new role.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o f -r -F -d 'Read the trust policy document from this file instead.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o p -x -d 'Path to file the role under, such as /services/; / by default.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o r -x -d 'Name of the new role: up to 64 letters, digits and _+=,.@- characters, unique in any case.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o s -x -d 'A service allowed to assume the role, such as ec2.amazonaws.com; the trust policy is generated.'
complete -c iam -c iam-rolecreate -n '__iam_is rolecreate' -o v -d 'Print the new role\'s ARN, unique id and trust policy.'

complete -c iam -c iam-roledel -n '__iam_is roledel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -o c -d 'First take the role out of its instance profiles, delete its policies and detach its managed policies, then the role.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -o p -d 'With -c, only list the instance profiles and policies that would be affected; change nothing.'
complete -c iam -c iam-roledel -n '__iam_is roledel' -o r -x -a '(__iam_live)' -d 'Name of the role to delete.'

complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -o p -x -a '(__iam_live)' -d 'Name of the policy to delete.'
complete -c iam -c iam-roledelpolicy -n '__iam_is roledelpolicy' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-rolegetattributes -n '__iam_is rolegetattributes' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-rolegetattributes -n '__iam_is rolegetattributes' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-rolegetattributes -n '__iam_is rolegetattributes' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-rolegetattributes -n '__iam_is rolegetattributes' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-rolegetattributes -n '__iam_is rolegetattributes' -o h -d 'Print this help and exit.'
complete -c iam -c iam-rolegetattributes -n '__iam_is rolegetattributes' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -o h -d 'Print this help and exit.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-rolelistbypath -n '__iam_is rolelistbypath' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o h -d 'Print this help and exit.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o p -x -a '(__iam_live)' -d 'Print only this policy\'s document, and nothing else.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o r -x -a '(__iam_live)' -d 'Name of the role.'
complete -c iam -c iam-rolelistpolicies -n '__iam_is rolelistpolicies' -o v -d 'Also print each policy\'s document after its name.'

complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -o f -r -F -d 'Read the trust policy document from this file instead.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -o o -d 'Print the trust policy document once it is stored.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -o r -x -a '(__iam_live)' -d 'Name of the role.'
complete -c iam -c iam-roleupdateassumepolicy -n '__iam_is roleupdateassumepolicy' -o s -x -d 'A service allowed to assume the role, such as ec2.amazonaws.com; the trust policy is generated.'

complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -o f -r -F -d 'Read the policy document from this file.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -o o -x -d 'The policy document itself, as JSON text on the command line.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -o p -x -d 'Name of the policy; a policy of that name is replaced.'
complete -c iam -c iam-roleuploadpolicy -n '__iam_is roleuploadpolicy' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -o a -x -a '(__iam_live)' -d 'ARN of the managed policy to attach, AWS\'s or the account\'s own.'
complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roleattachpolicy -n '__iam_is roleattachpolicy' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -o a -x -a '(__iam_live)' -d 'ARN of the attached policy to detach.'
complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -o h -d 'Print this help and exit.'
complete -c iam -c iam-roledetachpolicy -n '__iam_is roledetachpolicy' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -o h -d 'Print this help and exit.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'
complete -c iam -c iam-rolelistattachedpolicies -n '__iam_is rolelistattachedpolicies' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-rolemod -n '__iam_is rolemod' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-rolemod -n '__iam_is rolemod' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-rolemod -n '__iam_is rolemod' -l max-session-duration -x -d 'The longest session iam-assumerole gives out for the role: 3600 to 43200 seconds; 3600 for a new role.'
complete -c iam -c iam-rolemod -n '__iam_is rolemod' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-rolemod -n '__iam_is rolemod' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-rolemod -n '__iam_is rolemod' -o h -d 'Print this help and exit.'
complete -c iam -c iam-rolemod -n '__iam_is rolemod' -o r -x -a '(__iam_live)' -d 'The role to change.'

complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -o r -x -a '(__iam_live)' -d 'Name of the role to put into the profile.'
complete -c iam -c iam-instanceprofileaddrole -n '__iam_is instanceprofileaddrole' -o s -x -a '(__iam_live)' -d 'Name of the instance profile.'

complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -o p -x -d 'Path to file the profile under, such as /webservers/; / by default.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -o r -x -a '(__iam_live)' -d 'A role to put into the new profile; it must exist already.'
complete -c iam -c iam-instanceprofilecreate -n '__iam_is instanceprofilecreate' -o s -x -d 'Name of the new instance profile: up to 128 letters, digits and _+=,.@- characters, unique in any case.'

complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -o p -d 'With -r, only list the role that would be taken out; change nothing.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -o r -d 'First take the role out of the profile, then delete the profile.'
complete -c iam -c iam-instanceprofiledel -n '__iam_is instanceprofiledel' -o s -x -a '(__iam_live)' -d 'Name of the instance profile to delete.'

complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -o r -d 'Also print the ARN of the role the profile holds.'
complete -c iam -c iam-instanceprofilegetattributes -n '__iam_is instanceprofilegetattributes' -o s -x -a '(__iam_live)' -d 'Name of the instance profile.'

complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-instanceprofilelistbypath -n '__iam_is instanceprofilelistbypath' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-instanceprofilelistforrole -n '__iam_is instanceprofilelistforrole' -o r -x -a '(__iam_live)' -d 'Name of the role.'

complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -o h -d 'Print this help and exit.'
complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -o r -x -a '(__iam_live)' -d 'Name of the role to take out.'
complete -c iam -c iam-instanceprofileremoverole -n '__iam_is instanceprofileremoverole' -o s -x -a '(__iam_live)' -d 'Name of the instance profile.'

complete -c iam -c iam-servercertdel -n '__iam_is servercertdel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-servercertdel -n '__iam_is servercertdel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-servercertdel -n '__iam_is servercertdel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-servercertdel -n '__iam_is servercertdel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-servercertdel -n '__iam_is servercertdel' -o h -d 'Print this help and exit.'
complete -c iam -c iam-servercertdel -n '__iam_is servercertdel' -o s -x -a '(__iam_live)' -d 'Name of the server certificate to delete.'

complete -c iam -c iam-servercertgetattributes -n '__iam_is servercertgetattributes' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-servercertgetattributes -n '__iam_is servercertgetattributes' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-servercertgetattributes -n '__iam_is servercertgetattributes' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-servercertgetattributes -n '__iam_is servercertgetattributes' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-servercertgetattributes -n '__iam_is servercertgetattributes' -o h -d 'Print this help and exit.'
complete -c iam -c iam-servercertgetattributes -n '__iam_is servercertgetattributes' -o s -x -a '(__iam_live)' -d 'Name of the server certificate.'

complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -o h -d 'Print this help and exit.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-servercertlistbypath -n '__iam_is servercertlistbypath' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -o h -d 'Print this help and exit.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -o n -x -d 'Rename the certificate to this; it keeps its id.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -o p -x -d 'Move the certificate to this path.'
complete -c iam -c iam-servercertmod -n '__iam_is servercertmod' -o s -x -a '(__iam_live)' -d 'Name of the server certificate to change.'

complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o b -r -F -d 'Read the certificate from this PEM file.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o c -r -F -d 'Read the chain from this PEM file: the certificate that signed the body first, then each next issuer.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o h -d 'Print this help and exit.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o k -r -F -d 'Read the certificate\'s private key from this PEM file; it is checked, then forgotten.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o p -x -d 'File the certificate under this path, such as /cloudfront/.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o s -x -d 'Name of the new server certificate.'
complete -c iam -c iam-servercertupload -n '__iam_is servercertupload' -o v -d 'Print the new certificate\'s ARN and id.'

complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -l show-qr -d 'Also draw the QR code in the terminal, for a phone to scan from the screen.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -o b -o t -x -a 'Base32StringSeed QRCodePNG' -d 'How to hand the seed to the phone: Base32StringSeed (or Base32String) for the seed as text, QRCodePNG (or anything else) for a QR code image.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -o o -r -F -d 'Write the seed or the PNG to this file, readable by you alone, instead of showing it.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -o p -x -d 'File the device under this path; / by default.'
complete -c iam -c iam-virtualmfadevicecreate -n '__iam_is virtualmfadevicecreate' -o s -x -d 'Name of the new virtual MFA device.'

complete -c iam -c iam-virtualmfadevicedel -n '__iam_is virtualmfadevicedel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-virtualmfadevicedel -n '__iam_is virtualmfadevicedel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-virtualmfadevicedel -n '__iam_is virtualmfadevicedel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-virtualmfadevicedel -n '__iam_is virtualmfadevicedel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-virtualmfadevicedel -n '__iam_is virtualmfadevicedel' -o h -d 'Print this help and exit.'
complete -c iam -c iam-virtualmfadevicedel -n '__iam_is virtualmfadevicedel' -o s -x -a '(__iam_live)' -d 'Serial number (ARN) of the device to delete.'

complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -o h -d 'Print this help and exit.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -o t -x -a 'Assigned Unassigned Any' -d 'Assigned, Unassigned or Any: which devices to list.'
complete -c iam -c iam-virtualmfadevicelist -n '__iam_is virtualmfadevicelist' -o v -d 'For each assigned device, also print its user\'s ARN and unique id.'

complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -o c1 -x -d 'A code the device shows, six digits.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -o c2 -x -d 'The code the device shows next, 30 seconds after CODE1.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -o s -x -a '(__iam_live)' -d 'Serial number (ARN) of the virtual device.'
complete -c iam -c iam-userenablemfadevice -n '__iam_is userenablemfadevice' -o u -x -a '(__iam_live)' -d 'The user the device belongs to.'

complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -o s -x -a '(__iam_live)' -d 'Serial number (ARN) of the device.'
complete -c iam -c iam-userdeactivatemfadevice -n '__iam_is userdeactivatemfadevice' -o u -x -a '(__iam_live)' -d 'The user the device belongs to.'

complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-userlistmfadevices -n '__iam_is userlistmfadevices' -o u -x -a '(__iam_live)' -d 'User whose devices to list; without it, the user whose key runs the command.'

complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -o c1 -x -d 'A code the device shows, six digits.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -o c2 -x -d 'The code the device shows next, 30 seconds after CODE1.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -o h -d 'Print this help and exit.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -o s -x -a '(__iam_live)' -d 'Serial number (ARN) of the device.'
complete -c iam -c iam-userresyncmfadevice -n '__iam_is userresyncmfadevice' -o u -x -a '(__iam_live)' -d 'The user the device belongs to.'

complete -c iam -c iam-policycreate -n '__iam_is policycreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -l description -x -d 'A description of up to 1,000 characters; it cannot be changed later.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -l path -x -d 'Path to file the policy under, such as /ops/; / by default. Its ARN includes it.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -o f -r -F -d 'Read the policy document from this file.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -o o -x -d 'The policy document itself, as JSON text on the command line.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -o p -x -d 'Name of the new policy: up to 128 letters, digits and _+=,.@- characters, unique in the account in any case.'
complete -c iam -c iam-policycreate -n '__iam_is policycreate' -o v -d 'Print the new policy\'s ARN and id.'

complete -c iam -c iam-policydel -n '__iam_is policydel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policydel -n '__iam_is policydel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policydel -n '__iam_is policydel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policydel -n '__iam_is policydel' -o a -x -a '(__iam_live)' -d 'ARN of the customer managed policy to delete.'
complete -c iam -c iam-policydel -n '__iam_is policydel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policydel -n '__iam_is policydel' -o h -d 'Print this help and exit.'

complete -c iam -c iam-policyget -n '__iam_is policyget' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policyget -n '__iam_is policyget' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policyget -n '__iam_is policyget' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policyget -n '__iam_is policyget' -o a -x -a '(__iam_live)' -d 'ARN of the policy, AWS\'s or the account\'s own.'
complete -c iam -c iam-policyget -n '__iam_is policyget' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policyget -n '__iam_is policyget' -o h -d 'Print this help and exit.'
complete -c iam -c iam-policyget -n '__iam_is policyget' -o v -d 'Also print the document of the default version.'

complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -l only-attached -d 'List only policies attached to at least one user, group or role.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -l scope -x -a 'All AWS Local' -d 'AWS for AWS\'s managed policies, Local for the account\'s own, All (the default) for both.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -o h -d 'Print this help and exit.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'
complete -c iam -c iam-policylistbypath -n '__iam_is policylistbypath' -o p -x -d 'List only entities whose path starts with this prefix, for example /division/. The default lists all.'

complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -o a -x -a '(__iam_live)' -d 'ARN of the policy.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -o h -d 'Print this help and exit.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-policylistentities -n '__iam_is policylistentities' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'

complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -l set-default -d 'Make the new version the default at once, the one that applies wherever the policy is attached.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -o a -x -a '(__iam_live)' -d 'ARN of the customer managed policy.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -o f -r -F -d 'Read the policy document from this file.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -o h -d 'Print this help and exit.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -o o -x -d 'The policy document itself, as JSON text on the command line.'
complete -c iam -c iam-policyversioncreate -n '__iam_is policyversioncreate' -o v -d 'Print the new version\'s id.'

complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -l version-id -x -d 'The version, such as v2, as policyversionlist prints it.'
complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -o a -x -a '(__iam_live)' -d 'ARN of the customer managed policy.'
complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policyversiondel -n '__iam_is policyversiondel' -o h -d 'Print this help and exit.'

complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -l version-id -x -d 'The version, such as v2, as policyversionlist prints it.'
complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -o a -x -a '(__iam_live)' -d 'ARN of the policy, AWS\'s or the account\'s own.'
complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policyversionget -n '__iam_is policyversionget' -o h -d 'Print this help and exit.'

complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -o a -x -a '(__iam_live)' -d 'ARN of the policy, AWS\'s or the account\'s own.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -o h -d 'Print this help and exit.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -o i -x -d 'Print at most this many items (1 to 1000, default 100); a Marker line then tells where to go on.'
complete -c iam -c iam-policyversionlist -n '__iam_is policyversionlist' -o m -x -d 'Start at this Marker, as printed at the end of the previous page.'

complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -l version-id -x -d 'The version, such as v2, as policyversionlist prints it.'
complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -o a -x -a '(__iam_live)' -d 'ARN of the customer managed policy.'
complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-policyversionsetdefault -n '__iam_is policyversionsetdefault' -o h -d 'Print this help and exit.'

complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l duration-seconds -x -d 'How long the credentials last: 900 to 43200 seconds, at most the role\'s longest session; 3600 by default.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l external-id -x -d 'The value the role\'s trust policy may require in sts:ExternalId.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l force -d 'Let -o replace a file that exists.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l serial-number -x -a '(__iam_live)' -d 'The serial number (ARN) of your MFA device, given with --token-code.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l source-identity -x -d 'Who is behind the session, kept with it and with every session made from it; the trust policy must allow sts:SetSourceIdentity.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l token-code -x -d 'The six-digit code your MFA device shows now, such as iam mfacode prints; each code is good once.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -o h -d 'Print this help and exit.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -o n -x -d 'A name for the session, 2 to 64 letters, digits and _+=,.@- characters; it ends the session\'s ARN.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -o o -r -F -d 'Write the credentials to this file, readable by you alone, as a credential file that any command can use, instead of printing them. An existing file is kept unless --force is given.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -o r -x -a '(__iam_live)' -d 'The role to assume: its ARN, or its name in this account.'
complete -c iam -c iam-assumerole -n '__iam_is assumerole' -o v -d 'Also print the session\'s role id, AROA... followed by the session name.'

complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l client-config-file -r -F -d 'Accepted for old scripts; there is no proxy to configure, so it changes nothing.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l duration-seconds -x -d 'How long the credentials last: 900 to 129600 seconds, 43200 by default; the root user\'s last an hour at most.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l force -d 'Let -o replace a file that exists.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l serial-number -x -a '(__iam_live)' -d 'The serial number (ARN) of your MFA device, given with --token-code.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l token-code -x -d 'The six-digit code your MFA device shows now, such as iam mfacode prints; each code is good once.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -l url -x -d 'Accepted for old scripts; every call goes to the local store, so it changes nothing.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -o h -d 'Print this help and exit.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -o o -r -F -d 'Write the credentials to this file, readable by you alone, as a credential file that any command can use, instead of printing them. An existing file is kept unless --force is given.'
complete -c iam -c iam-getsessiontoken -n '__iam_is getsessiontoken' -o v -d 'With -o, print when the credentials expire.'

complete -c iam -n '__iam_is help' -o h -d 'Print this help and exit.'
complete -c iam -n '__iam_is help' -a 'accountaliascreate accountaliasdelete accountaliaslist accountdelpasswordpolicy accountgetpasswordpolicy accountgetsummary accountmodpasswordpolicy groupaddpolicy groupadduser groupcreate groupdel groupdelpolicy grouplistbypath grouplistpolicies grouplistusers groupmod groupremoveuser groupuploadpolicy groupattachpolicy groupdetachpolicy grouplistattachedpolicies useraddpolicy usercreate userdel userdelpolicy usergetattributes userlistbypath userlistgroups userlistpolicies usermod useruploadpolicy userattachpolicy userdetachpolicy userlistattachedpolicies useraddkey userdelkey userlistkeys usermodkey useraddcert userdelcert userlistcerts usermodcert useraddloginprofile userchangepassword userdelloginprofile usergetloginprofile usermodloginprofile roleaddpolicy rolecreate roledel roledelpolicy rolegetattributes rolelistbypath rolelistpolicies roleupdateassumepolicy roleuploadpolicy roleattachpolicy roledetachpolicy rolelistattachedpolicies rolemod instanceprofileaddrole instanceprofilecreate instanceprofiledel instanceprofilegetattributes instanceprofilelistbypath instanceprofilelistforrole instanceprofileremoverole servercertdel servercertgetattributes servercertlistbypath servercertmod servercertupload virtualmfadevicecreate virtualmfadevicedel virtualmfadevicelist userenablemfadevice userdeactivatemfadevice userlistmfadevices userresyncmfadevice policycreate policydel policyget policylistbypath policylistentities policyversioncreate policyversiondel policyversionget policyversionlist policyversionsetdefault assumerole getsessiontoken help install instancecredentials mfacode rootkey signin simulate trail version whoami'

complete -c iam -n '__iam_is install' -l prefix -x -d 'Install below this directory instead of ~/.local: the binary goes to DIR/bin.'
complete -c iam -n '__iam_is install' -l uninstall -d 'Remove exactly what an earlier install put below the prefix, and nothing else.'
complete -c iam -n '__iam_is install' -o h -d 'Print this help and exit.'

complete -c iam -n '__iam_is instancecredentials' -l force -d 'Let -o replace a file that exists.'
complete -c iam -n '__iam_is instancecredentials' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -n '__iam_is instancecredentials' -o h -d 'Print this help and exit.'
complete -c iam -n '__iam_is instancecredentials' -o o -r -F -d 'Write the credentials to this file, readable by you alone, as a credential file that any command can use, instead of printing them. An existing file is kept unless --force is given.'
complete -c iam -n '__iam_is instancecredentials' -o s -x -a '(__iam_live)' -d 'The instance profile the instance is launched with.'

complete -c iam -n '__iam_is mfacode' -l previous -d 'Print the code of the 30 seconds before instead.'
complete -c iam -n '__iam_is mfacode' -o f -r -F -d 'The base32 seed of a virtual device, as iam-virtualmfadevicecreate -b Base32StringSeed -o wrote it.'
complete -c iam -n '__iam_is mfacode' -o h -d 'Print this help and exit.'

complete -c iam -n '__iam_is rootkey' -l reset -d 'Replace every access key of the root user with a new one, written into the store\'s root-credentials file.'
complete -c iam -n '__iam_is rootkey' -o h -d 'Print this help and exit.'

complete -c iam -n '__iam_is signin' -l password-stdin -d 'Read the password from the first line of standard input without asking for it, as a script does.'
complete -c iam -n '__iam_is signin' -o c -x -d 'The code the user\'s MFA device shows now, for a user who has one.'
complete -c iam -n '__iam_is signin' -o h -d 'Print this help and exit.'
complete -c iam -n '__iam_is signin' -o u -x -a '(__iam_live)' -d 'The IAM user signing in.'

complete -c iam -n '__iam_is simulate' -l as -r -F -d 'Simulate as whoever this credential file\'s key is, a session key with its role and MFA included.'
complete -c iam -n '__iam_is simulate' -l assume-role -x -a '(__iam_live)' -d 'Also decide whether the user or credentials may assume this role: its trust policy, then their own.'
complete -c iam -n '__iam_is simulate' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -n '__iam_is simulate' -l context -x -a 'aws:CurrentTime= aws:EpochTime= aws:MultiFactorAuthAge= aws:MultiFactorAuthPresent= aws:PrincipalArn= aws:PrincipalTag/ aws:RequestedRegion= aws:SecureTransport= aws:SourceIp= aws:SourceVpc= aws:TagKeys= aws:TokenIssueTime= aws:userid= aws:username=' -d 'A condition key of the request: KEY=VALUE, or KEY=VALUE,VALUE for several, then :TYPE if wanted.'
complete -c iam -n '__iam_is simulate' -l expect -x -a 'allowed explicitDeny implicitDeny' -d 'Exit with status 1 unless every decision is this one: allowed, explicitDeny or implicitDeny.'
complete -c iam -n '__iam_is simulate' -l json -d 'Print AWS\'s EvaluationResults as JSON instead of a table.'
complete -c iam -n '__iam_is simulate' -l role -x -a '(__iam_live)' -d 'Simulate with this role\'s policies.'
complete -c iam -n '__iam_is simulate' -o a -x -a '(__iam_live)' -d 'An action to decide, such as iam:CreateUser.'
complete -c iam -n '__iam_is simulate' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -n '__iam_is simulate' -o f -r -F -d 'A policy document to evaluate; alone, only the documents given count, as SimulateCustomPolicy does.'
complete -c iam -n '__iam_is simulate' -o g -x -a '(__iam_live)' -d 'Simulate with this group\'s policies.'
complete -c iam -n '__iam_is simulate' -o h -d 'Print this help and exit.'
complete -c iam -n '__iam_is simulate' -o r -x -d 'A resource ARN to decide each action on; * when none is given.'
complete -c iam -n '__iam_is simulate' -o u -x -a '(__iam_live)' -d 'Simulate as this user: its policies and those of its groups.'

complete -c iam -n '__iam_is trail' -l action -x -d 'Only the calls of this action: CreateUser, or with its service, iam:CreateUser.'
complete -c iam -n '__iam_is trail' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -n '__iam_is trail' -l errors -d 'Only the calls that were refused or failed.'
complete -c iam -n '__iam_is trail' -l json -d 'Print each record as the trail holds it, CloudTrail\'s JSON, one object per line.'
complete -c iam -n '__iam_is trail' -l role -x -a '(__iam_live)' -d 'Only the calls made in sessions of this role.'
complete -c iam -n '__iam_is trail' -l since -x -d 'Only the calls made at or after TIME, such as 2026-12-01T00:00:00Z.'
complete -c iam -n '__iam_is trail' -l until -x -d 'Only the calls made at or before TIME.'
complete -c iam -n '__iam_is trail' -l user -x -a '(__iam_live)' -d 'Only the calls this IAM user made, with its own keys or in a session it started.'
complete -c iam -n '__iam_is trail' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -n '__iam_is trail' -o h -d 'Print this help and exit.'

complete -c iam -n '__iam_is version' -o h -d 'Print this help and exit.'

complete -c iam -n '__iam_is whoami' -l aws-credential-file -r -F -d 'Read the access key from this file instead of the one AWS_CREDENTIAL_FILE names.'
complete -c iam -n '__iam_is whoami' -o d -l debug -d 'Describe on standard error what the command does: calls, caller, access decisions, store.'
complete -c iam -n '__iam_is whoami' -o h -d 'Print this help and exit.'
complete -c iam -n '__iam_is whoami' -o v -d 'Also print the access key, when the credentials expire, and whether they were made with MFA.'
