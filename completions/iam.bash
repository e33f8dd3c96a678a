# bash completion for iam and its iam-<command> links.
# Generated from iam's command table by 'scripts/generate-docs'; do not edit.

_iam_commands='accountaliascreate accountaliasdelete accountaliaslist accountdelpasswordpolicy accountgetpasswordpolicy accountgetsummary accountmodpasswordpolicy groupaddpolicy groupadduser groupcreate groupdel groupdelpolicy grouplistbypath grouplistpolicies grouplistusers groupmod groupremoveuser groupuploadpolicy groupattachpolicy groupdetachpolicy grouplistattachedpolicies useraddpolicy usercreate userdel userdelpolicy usergetattributes userlistbypath userlistgroups userlistpolicies usermod useruploadpolicy userattachpolicy userdetachpolicy userlistattachedpolicies useraddkey userdelkey userlistkeys usermodkey useraddcert userdelcert userlistcerts usermodcert useraddloginprofile userchangepassword userdelloginprofile usergetloginprofile usermodloginprofile roleaddpolicy rolecreate roledel roledelpolicy rolegetattributes rolelistbypath rolelistpolicies roleupdateassumepolicy roleuploadpolicy roleattachpolicy roledetachpolicy rolelistattachedpolicies rolemod instanceprofileaddrole instanceprofilecreate instanceprofiledel instanceprofilegetattributes instanceprofilelistbypath instanceprofilelistforrole instanceprofileremoverole servercertdel servercertgetattributes servercertlistbypath servercertmod servercertupload virtualmfadevicecreate virtualmfadevicedel virtualmfadevicelist userenablemfadevice userdeactivatemfadevice userlistmfadevices userresyncmfadevice policycreate policydel policyget policylistbypath policylistentities policyversioncreate policyversiondel policyversionget policyversionlist policyversionsetdefault assumerole getsessiontoken help install instancecredentials mfacode rootkey signin simulate trail version whoami'

# Names from the account store for the word under the cursor. iam reads the store without
# waiting for its lock, and prints nothing when it has nothing to offer.
_iam_live()
{
    local IFS=$'\n'
    COMPREPLY=($(command iam __complete "$COMP_CWORD" "${COMP_WORDS[@]}" 2>/dev/null))
}

_iam_files()
{
    local IFS=$'\n'
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$1"))
}

_iam()
{
    local cur=${COMP_WORDS[COMP_CWORD]} program=${COMP_WORDS[0]##*/} command start
    COMPREPLY=()
    if [[ $program == iam-* ]]; then
        command=${program#iam-} start=1
    elif (( COMP_CWORD == 1 )); then
        COMPREPLY=($(compgen -W "$_iam_commands" -- "$cur"))
        return
    else
        command=${COMP_WORDS[1]} start=2
    fi
    local options valued operands=
    case $command in
        accountaliascreate)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url -a ' ;;
        accountaliasdelete)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url -a ' ;;
        accountaliaslist)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m'
            valued=' --aws-credential-file --client-config-file --url -i -m ' ;;
        accountdelpasswordpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url ' ;;
        accountgetpasswordpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url ' ;;
        accountgetsummary)
            options='--aws-credential-file --client-config-file --url -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url ' ;;
        accountmodpasswordpolicy)
            options='--aws-credential-file --client-config-file --hard-expiry --max-password-age --password-reuse-prevention --url -a -d --debug -h -l -m -n -s -u'
            valued=' --aws-credential-file --client-config-file --max-password-age --password-reuse-prevention --url -m ' ;;
        groupaddpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -e -g -h -o -p -r'
            valued=' --aws-credential-file --client-config-file --url -a -e -g -p -r ' ;;
        groupadduser)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -u'
            valued=' --aws-credential-file --client-config-file --url -g -u ' ;;
        groupcreate)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -p -v'
            valued=' --aws-credential-file --client-config-file --url -g -p ' ;;
        groupdel)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -p -r'
            valued=' --aws-credential-file --client-config-file --url -g ' ;;
        groupdelpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -p'
            valued=' --aws-credential-file --client-config-file --url -g -p ' ;;
        grouplistbypath)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --url -i -m -p ' ;;
        grouplistpolicies)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -i -m -p -v'
            valued=' --aws-credential-file --client-config-file --url -g -i -m -p ' ;;
        grouplistusers)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -i -m'
            valued=' --aws-credential-file --client-config-file --url -g -i -m ' ;;
        groupmod)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -n -p'
            valued=' --aws-credential-file --client-config-file --url -g -n -p ' ;;
        groupremoveuser)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -u'
            valued=' --aws-credential-file --client-config-file --url -g -u ' ;;
        groupuploadpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -f -g -h -o -p'
            valued=' --aws-credential-file --client-config-file --url -f -g -o -p ' ;;
        groupattachpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -g -h'
            valued=' --aws-credential-file --client-config-file --url -a -g ' ;;
        groupdetachpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -g -h'
            valued=' --aws-credential-file --client-config-file --url -a -g ' ;;
        grouplistattachedpolicies)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --url -g -i -m -p ' ;;
        useraddpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -e -h -o -p -r -u'
            valued=' --aws-credential-file --client-config-file --url -a -e -p -r -u ' ;;
        usercreate)
            options='--aws-credential-file --client-config-file --url -d --debug -g -h -k -p -u -v'
            valued=' --aws-credential-file --client-config-file --url -g -p -u ' ;;
        userdel)
            options='--aws-credential-file --client-config-file --url -d --debug -h -p -r -u'
            valued=' --aws-credential-file --client-config-file --url -u ' ;;
        userdelpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -h -p -u'
            valued=' --aws-credential-file --client-config-file --url -p -u ' ;;
        usergetattributes)
            options='--aws-credential-file --client-config-file --url -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -u ' ;;
        userlistbypath)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --url -i -m -p ' ;;
        userlistgroups)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -u'
            valued=' --aws-credential-file --client-config-file --url -i -m -u ' ;;
        userlistpolicies)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p -u -v'
            valued=' --aws-credential-file --client-config-file --url -i -m -p -u ' ;;
        usermod)
            options='--aws-credential-file --client-config-file --url -d --debug -h -n -p -u'
            valued=' --aws-credential-file --client-config-file --url -n -p -u ' ;;
        useruploadpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -f -h -o -p -u'
            valued=' --aws-credential-file --client-config-file --url -f -o -p -u ' ;;
        userattachpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -a -u ' ;;
        userdetachpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -a -u ' ;;
        userlistattachedpolicies)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p -u'
            valued=' --aws-credential-file --client-config-file --url -i -m -p -u ' ;;
        useraddkey)
            options='--aws-credential-file --client-config-file --url -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -u ' ;;
        userdelkey)
            options='--aws-credential-file --client-config-file --url -d --debug -h -k -u'
            valued=' --aws-credential-file --client-config-file --url -k -u ' ;;
        userlistkeys)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -u'
            valued=' --aws-credential-file --client-config-file --url -i -m -u ' ;;
        usermodkey)
            options='--aws-credential-file --client-config-file --url -d --debug -h -k -s -u'
            valued=' --aws-credential-file --client-config-file --url -k -s -u ' ;;
        useraddcert)
            options='--aws-credential-file --client-config-file --url -c -d --debug -f -h -u'
            valued=' --aws-credential-file --client-config-file --url -c -f -u ' ;;
        userdelcert)
            options='--aws-credential-file --client-config-file --url -c -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -c -u ' ;;
        userlistcerts)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -u -v'
            valued=' --aws-credential-file --client-config-file --url -i -m -u ' ;;
        usermodcert)
            options='--aws-credential-file --client-config-file --url -c -d --debug -h -s -u'
            valued=' --aws-credential-file --client-config-file --url -c -s -u ' ;;
        useraddloginprofile)
            options='--aws-credential-file --client-config-file --password-reset-required --url -d --debug -h -p -u'
            valued=' --aws-credential-file --client-config-file --url -p -u ' ;;
        userchangepassword)
            options='--aws-credential-file --client-config-file --url -d --debug -h -n -o'
            valued=' --aws-credential-file --client-config-file --url -n -o ' ;;
        userdelloginprofile)
            options='--aws-credential-file --client-config-file --url -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -u ' ;;
        usergetloginprofile)
            options='--aws-credential-file --client-config-file --url -d --debug -h -u'
            valued=' --aws-credential-file --client-config-file --url -u ' ;;
        usermodloginprofile)
            options='--aws-credential-file --client-config-file --password-reset-required --url -d --debug -h -p -u'
            valued=' --aws-credential-file --client-config-file --url -p -u ' ;;
        roleaddpolicy)
            options='--aws-credential-file --client-config-file --url -a -c -d --debug -e -h -o -p -r'
            valued=' --aws-credential-file --client-config-file --url -a -c -e -p -r ' ;;
        rolecreate)
            options='--aws-credential-file --client-config-file --max-session-duration --url -d --debug -f -h -p -r -s -v'
            valued=' --aws-credential-file --client-config-file --max-session-duration --url -f -p -r -s ' ;;
        roledel)
            options='--aws-credential-file --client-config-file --url -c -d --debug -h -p -r'
            valued=' --aws-credential-file --client-config-file --url -r ' ;;
        roledelpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -h -p -r'
            valued=' --aws-credential-file --client-config-file --url -p -r ' ;;
        rolegetattributes)
            options='--aws-credential-file --client-config-file --url -d --debug -h -r'
            valued=' --aws-credential-file --client-config-file --url -r ' ;;
        rolelistbypath)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --url -i -m -p ' ;;
        rolelistpolicies)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p -r -v'
            valued=' --aws-credential-file --client-config-file --url -i -m -p -r ' ;;
        roleupdateassumepolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -f -h -o -r -s'
            valued=' --aws-credential-file --client-config-file --url -f -r -s ' ;;
        roleuploadpolicy)
            options='--aws-credential-file --client-config-file --url -d --debug -f -h -o -p -r'
            valued=' --aws-credential-file --client-config-file --url -f -o -p -r ' ;;
        roleattachpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -r'
            valued=' --aws-credential-file --client-config-file --url -a -r ' ;;
        roledetachpolicy)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -r'
            valued=' --aws-credential-file --client-config-file --url -a -r ' ;;
        rolelistattachedpolicies)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p -r'
            valued=' --aws-credential-file --client-config-file --url -i -m -p -r ' ;;
        rolemod)
            options='--aws-credential-file --client-config-file --max-session-duration --url -d --debug -h -r'
            valued=' --aws-credential-file --client-config-file --max-session-duration --url -r ' ;;
        instanceprofileaddrole)
            options='--aws-credential-file --client-config-file --url -d --debug -h -r -s'
            valued=' --aws-credential-file --client-config-file --url -r -s ' ;;
        instanceprofilecreate)
            options='--aws-credential-file --client-config-file --url -d --debug -h -p -r -s'
            valued=' --aws-credential-file --client-config-file --url -p -r -s ' ;;
        instanceprofiledel)
            options='--aws-credential-file --client-config-file --url -d --debug -h -p -r -s'
            valued=' --aws-credential-file --client-config-file --url -s ' ;;
        instanceprofilegetattributes)
            options='--aws-credential-file --client-config-file --url -d --debug -h -r -s'
            valued=' --aws-credential-file --client-config-file --url -s ' ;;
        instanceprofilelistbypath)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --url -i -m -p ' ;;
        instanceprofilelistforrole)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -r'
            valued=' --aws-credential-file --client-config-file --url -i -m -r ' ;;
        instanceprofileremoverole)
            options='--aws-credential-file --client-config-file --url -d --debug -h -r -s'
            valued=' --aws-credential-file --client-config-file --url -r -s ' ;;
        servercertdel)
            options='--aws-credential-file --client-config-file --url -d --debug -h -s'
            valued=' --aws-credential-file --client-config-file --url -s ' ;;
        servercertgetattributes)
            options='--aws-credential-file --client-config-file --url -d --debug -h -s'
            valued=' --aws-credential-file --client-config-file --url -s ' ;;
        servercertlistbypath)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --url -i -m -p ' ;;
        servercertmod)
            options='--aws-credential-file --client-config-file --url -d --debug -h -n -p -s'
            valued=' --aws-credential-file --client-config-file --url -n -p -s ' ;;
        servercertupload)
            options='--aws-credential-file --client-config-file --url -b -c -d --debug -h -k -p -s -v'
            valued=' --aws-credential-file --client-config-file --url -b -c -k -p -s ' ;;
        virtualmfadevicecreate)
            options='--aws-credential-file --client-config-file --show-qr --url -b -t -d --debug -h -o -p -s'
            valued=' --aws-credential-file --client-config-file --url -b -t -o -p -s ' ;;
        virtualmfadevicedel)
            options='--aws-credential-file --client-config-file --url -d --debug -h -s'
            valued=' --aws-credential-file --client-config-file --url -s ' ;;
        virtualmfadevicelist)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -t -v'
            valued=' --aws-credential-file --client-config-file --url -i -m -t ' ;;
        userenablemfadevice)
            options='--aws-credential-file --client-config-file --url -c1 -c2 -d --debug -h -s -u'
            valued=' --aws-credential-file --client-config-file --url -c1 -c2 -s -u ' ;;
        userdeactivatemfadevice)
            options='--aws-credential-file --client-config-file --url -d --debug -h -s -u'
            valued=' --aws-credential-file --client-config-file --url -s -u ' ;;
        userlistmfadevices)
            options='--aws-credential-file --client-config-file --url -d --debug -h -i -m -u'
            valued=' --aws-credential-file --client-config-file --url -i -m -u ' ;;
        userresyncmfadevice)
            options='--aws-credential-file --client-config-file --url -c1 -c2 -d --debug -h -s -u'
            valued=' --aws-credential-file --client-config-file --url -c1 -c2 -s -u ' ;;
        policycreate)
            options='--aws-credential-file --client-config-file --description --path --url -d --debug -f -h -o -p -v'
            valued=' --aws-credential-file --client-config-file --description --path --url -f -o -p ' ;;
        policydel)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url -a ' ;;
        policyget)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -v'
            valued=' --aws-credential-file --client-config-file --url -a ' ;;
        policylistbypath)
            options='--aws-credential-file --client-config-file --only-attached --scope --url -d --debug -h -i -m -p'
            valued=' --aws-credential-file --client-config-file --scope --url -i -m -p ' ;;
        policylistentities)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -i -m'
            valued=' --aws-credential-file --client-config-file --url -a -i -m ' ;;
        policyversioncreate)
            options='--aws-credential-file --client-config-file --set-default --url -a -d --debug -f -h -o -v'
            valued=' --aws-credential-file --client-config-file --url -a -f -o ' ;;
        policyversiondel)
            options='--aws-credential-file --client-config-file --url --version-id -a -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url --version-id -a ' ;;
        policyversionget)
            options='--aws-credential-file --client-config-file --url --version-id -a -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url --version-id -a ' ;;
        policyversionlist)
            options='--aws-credential-file --client-config-file --url -a -d --debug -h -i -m'
            valued=' --aws-credential-file --client-config-file --url -a -i -m ' ;;
        policyversionsetdefault)
            options='--aws-credential-file --client-config-file --url --version-id -a -d --debug -h'
            valued=' --aws-credential-file --client-config-file --url --version-id -a ' ;;
        assumerole)
            options='--aws-credential-file --client-config-file --duration-seconds --external-id --force --serial-number --source-identity --token-code --url -d --debug -h -n -o -r -v'
            valued=' --aws-credential-file --client-config-file --duration-seconds --external-id --serial-number --source-identity --token-code --url -n -o -r ' ;;
        getsessiontoken)
            options='--aws-credential-file --client-config-file --duration-seconds --force --serial-number --token-code --url -d --debug -h -o -v'
            valued=' --aws-credential-file --client-config-file --duration-seconds --serial-number --token-code --url -o ' ;;
        help)
            options='-h'
            valued=' ' operands=commands ;;
        install)
            options='--prefix --uninstall -h'
            valued=' --prefix ' ;;
        instancecredentials)
            options='--force -d --debug -h -o -s'
            valued=' -o -s ' ;;
        mfacode)
            options='--previous -f -h'
            valued=' -f ' ;;
        rootkey)
            options='--reset -h'
            valued=' ' ;;
        signin)
            options='--password-stdin -c -h -u'
            valued=' -c -u ' ;;
        simulate)
            options='--as --assume-role --aws-credential-file --context --expect --json --role -a -d --debug -f -g -h -r -u'
            valued=' --as --assume-role --aws-credential-file --context --expect --role -a -f -g -r -u ' ;;
        trail)
            options='--action --aws-credential-file --errors --json --role --since --until --user -d --debug -h'
            valued=' --action --aws-credential-file --role --since --until --user ' ;;
        version)
            options='-h'
            valued=' ' ;;
        whoami)
            options='--aws-credential-file -d --debug -h -v'
            valued=' --aws-credential-file ' ;;
        *) return ;;
    esac
    # The option whose value is under the cursor. As in IAMCli, an option's value is always
    # the next word, even one that starts with a dash.
    local i=$start option=
    while (( i < COMP_CWORD )); do
        if [[ $valued == *" ${COMP_WORDS[i]} "* ]]; then
            if (( i + 1 == COMP_CWORD )); then
                option=${COMP_WORDS[i]}
                break
            fi
            (( i += 2 ))
        else
            (( i += 1 ))
        fi
    done
    if [[ -n $option ]]; then
        case "$command $option" in
            *' --aws-credential-file'|*' --client-config-file'|*' -f'|'servercertupload -k'|'servercertupload -c'|'servercertupload -b'|'virtualmfadevicecreate -o'|'assumerole -o'|'getsessiontoken -o'|'instancecredentials -o'|*' --as')
                _iam_files "$cur" ;;
            'accountaliasdelete -a'|'groupattachpolicy -a'|'groupdetachpolicy -a'|'userattachpolicy -a'|'userdetachpolicy -a'|'roleattachpolicy -a'|'roledetachpolicy -a'|'policydel -a'|'policyget -a'|'policylistentities -a'|'policyversioncreate -a'|'policyversiondel -a'|'policyversionget -a'|'policyversionlist -a'|'policyversionsetdefault -a'|'simulate -a'|'groupaddpolicy -g'|'groupadduser -g'|'groupdel -g'|'groupdelpolicy -g'|'grouplistpolicies -g'|'grouplistusers -g'|'groupmod -g'|'groupremoveuser -g'|'groupuploadpolicy -g'|'groupattachpolicy -g'|'groupdetachpolicy -g'|'grouplistattachedpolicies -g'|'usercreate -g'|'simulate -g'|'groupadduser -u'|'groupremoveuser -u'|'useraddpolicy -u'|'userdel -u'|'userdelpolicy -u'|'usergetattributes -u'|'userlistgroups -u'|'userlistpolicies -u'|'usermod -u'|'useruploadpolicy -u'|'userattachpolicy -u'|'userdetachpolicy -u'|'userlistattachedpolicies -u'|'useraddkey -u'|'userdelkey -u'|'userlistkeys -u'|'usermodkey -u'|'useraddcert -u'|'userdelcert -u'|'userlistcerts -u'|'usermodcert -u'|'useraddloginprofile -u'|'userdelloginprofile -u'|'usergetloginprofile -u'|'usermodloginprofile -u'|'userenablemfadevice -u'|'userdeactivatemfadevice -u'|'userlistmfadevices -u'|'userresyncmfadevice -u'|'signin -u'|'simulate -u'|'groupdelpolicy -p'|'grouplistpolicies -p'|'userdelpolicy -p'|'userlistpolicies -p'|'roledelpolicy -p'|'rolelistpolicies -p'|'userdelkey -k'|'usermodkey -k'|'instanceprofileaddrole -s'|'instanceprofiledel -s'|'instanceprofilegetattributes -s'|'instanceprofileremoverole -s'|'servercertdel -s'|'servercertgetattributes -s'|'servercertmod -s'|'virtualmfadevicedel -s'|'userenablemfadevice -s'|'userdeactivatemfadevice -s'|'userresyncmfadevice -s'|'instancecredentials -s'|'userdelcert -c'|'usermodcert -c'|'roleaddpolicy -r'|'roledel -r'|'roledelpolicy -r'|'rolegetattributes -r'|'rolelistpolicies -r'|'roleupdateassumepolicy -r'|'roleuploadpolicy -r'|'roleattachpolicy -r'|'roledetachpolicy -r'|'rolelistattachedpolicies -r'|'rolemod -r'|'instanceprofileaddrole -r'|'instanceprofilecreate -r'|'instanceprofilelistforrole -r'|'instanceprofileremoverole -r'|'assumerole -r'|*' --serial-number'|*' --assume-role'|*' --role'|*' --user')
                _iam_live ;;
            *' -e')
                COMPREPLY=($(compgen -W 'Allow Deny' -- "$cur")) ;;
            'usermodkey -s'|'usermodcert -s')
                COMPREPLY=($(compgen -W 'Active Inactive' -- "$cur")) ;;
            'virtualmfadevicecreate -b'|'virtualmfadevicecreate -t')
                COMPREPLY=($(compgen -W 'Base32StringSeed QRCodePNG' -- "$cur")) ;;
            'virtualmfadevicelist -t')
                COMPREPLY=($(compgen -W 'Assigned Unassigned Any' -- "$cur")) ;;
            *' --scope')
                COMPREPLY=($(compgen -W 'All AWS Local' -- "$cur")) ;;
            *' --context')
                COMPREPLY=($(compgen -W 'aws:CurrentTime= aws:EpochTime= aws:MultiFactorAuthAge= aws:MultiFactorAuthPresent= aws:PrincipalArn= aws:PrincipalTag/ aws:RequestedRegion= aws:SecureTransport= aws:SourceIp= aws:SourceVpc= aws:TagKeys= aws:TokenIssueTime= aws:userid= aws:username=' -- "$cur")) ;;
            *' --expect')
                COMPREPLY=($(compgen -W 'allowed explicitDeny implicitDeny' -- "$cur")) ;;
        esac
    elif [[ $cur != -* && $operands == commands ]]; then
        COMPREPLY=($(compgen -W "$_iam_commands" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    fi
}

complete -F _iam iam iam-accountaliascreate iam-accountaliasdelete iam-accountaliaslist \
    iam-accountdelpasswordpolicy iam-accountgetpasswordpolicy iam-accountgetsummary iam-accountmodpasswordpolicy iam-groupaddpolicy \
    iam-groupadduser iam-groupcreate iam-groupdel iam-groupdelpolicy iam-grouplistbypath \
    iam-grouplistpolicies iam-grouplistusers iam-groupmod iam-groupremoveuser iam-groupuploadpolicy \
    iam-groupattachpolicy iam-groupdetachpolicy iam-grouplistattachedpolicies iam-useraddpolicy iam-usercreate \
    iam-userdel iam-userdelpolicy iam-usergetattributes iam-userlistbypath iam-userlistgroups \
    iam-userlistpolicies iam-usermod iam-useruploadpolicy iam-userattachpolicy iam-userdetachpolicy \
    iam-userlistattachedpolicies iam-useraddkey iam-userdelkey iam-userlistkeys iam-usermodkey \
    iam-useraddcert iam-userdelcert iam-userlistcerts iam-usermodcert iam-useraddloginprofile \
    iam-userchangepassword iam-userdelloginprofile iam-usergetloginprofile iam-usermodloginprofile iam-roleaddpolicy \
    iam-rolecreate iam-roledel iam-roledelpolicy iam-rolegetattributes iam-rolelistbypath \
    iam-rolelistpolicies iam-roleupdateassumepolicy iam-roleuploadpolicy iam-roleattachpolicy iam-roledetachpolicy \
    iam-rolelistattachedpolicies iam-rolemod iam-instanceprofileaddrole iam-instanceprofilecreate iam-instanceprofiledel \
    iam-instanceprofilegetattributes iam-instanceprofilelistbypath iam-instanceprofilelistforrole iam-instanceprofileremoverole iam-servercertdel \
    iam-servercertgetattributes iam-servercertlistbypath iam-servercertmod iam-servercertupload iam-virtualmfadevicecreate \
    iam-virtualmfadevicedel iam-virtualmfadevicelist iam-userenablemfadevice iam-userdeactivatemfadevice iam-userlistmfadevices \
    iam-userresyncmfadevice iam-policycreate iam-policydel iam-policyget iam-policylistbypath \
    iam-policylistentities iam-policyversioncreate iam-policyversiondel iam-policyversionget iam-policyversionlist \
    iam-policyversionsetdefault iam-assumerole iam-getsessiontoken
