; PrisonDesk - the Windows installer (NSIS 3, Unicode).
;   make dist && makensis -DVERSION=0.1.0 installer/prisondesk.nsi
; (on a Windows build machine: .github/workflows/windows.yml; README, "Building the installer").
;
; Per machine: the program goes to Program Files, one copy for every Windows account; the data
; folder is ProgramData\PrisonDesk with a protected ACL admitting only the group
; "PrisonDesk Users", Administrators and SYSTEM (it holds medical notes, PINs and the sync
; token: private_folder.py). prisondesk.ini beside the program names that folder and group
; (config.Installation); the program never widens nor rewrites that ACL. The installer ends by
; running the installed program's selftest and shows its result. The uninstaller removes the
; program and its shortcuts and keeps the data folder and the group.
;
; Defines (paths absolute or relative to installer/, where makensis works): VERSION (required);
; PAYLOAD, the one-folder build (default ../dist/PrisonDesk);
; OUTFILE; FAST, no compression (CI compiles the script with the Linux build as a stand-in
; payload, tests/packaging/test_frozen_build.py); USERS_GROUP.
; Silent install: setup.exe /S /USERS=gate1,gate2 (unquoted; an account with a space: /USERS=Gate
; Officer,gate2). Exit codes: 3 when selftest failed, 4 when the program was running.

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "Give the version the installer carries: makensis -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "../dist/PrisonDesk"
!endif
!ifndef OUTFILE
  !define OUTFILE "../dist/PrisonDesk-${VERSION}-setup.exe"
!endif
!ifndef USERS_GROUP
  !define USERS_GROUP "PrisonDesk Users"
!endif
!define PRODUCT "PrisonDesk"
!define PROGRAM "prisondesk.exe"  ; the console program: selftest and the commands
!define WINDOWED "prisondeskw.exe"  ; the desk itself, for the shortcuts
!define SETTINGS_KEY "Software\${PRODUCT}"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"  ; or the earlier installation's folder (.onInit)
AllowSkipFiles off  ; a file in use is never skipped: the folder would mix two versions
BrandingText "${PRODUCT} ${VERSION}"
ShowInstDetails show  ; the selftest's lines are read before the finish page
ShowUninstDetails show
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${PRODUCT} ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PRODUCT}"

!include MUI2.nsh
!include LogicLib.nsh
!include nsDialogs.nsh
!include WinVer.nsh
!include x64.nsh
!include FileFunc.nsh
!include WordFunc.nsh

Var DataFolder
Var Accounts
Var AccountsField
Var SelftestResult
Var FinishTitle
Var FinishSubtitle

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_NOAUTOCLOSE  ; the selftest's lines stay readable before the finish page
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_ALWAYSSHOW  ; asked at every installation, not taken from the last one
; said before any language is chosen: in all three
!define MUI_LANGDLL_WINDOWTITLE "PrisonDesk"
!define MUI_LANGDLL_INFO "Выберите язык установки.$\r$\nОрнотуу тилин тандаңыз.$\r$\nChoose the language of the installation."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
Page custom AccountsPage AccountsPageLeave
; the last pages say whether the selftest passed (the section sets these)
!define MUI_INSTFILESPAGE_FINISHHEADER_TEXT "$FinishTitle"
!define MUI_INSTFILESPAGE_FINISHHEADER_SUBTEXT "$FinishSubtitle"
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$FinishTitle"
!define MUI_FINISHPAGE_TEXT "$SelftestResult"
!define MUI_FINISHPAGE_TEXT_LARGE
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Russian first: the default. NSIS has no Kyrgyz; installer/nsis/Kyrgyz.* are ours.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGEEX "nsis" "Kyrgyz"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL
!include "nsis/strings.nsh"

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(WindowsTooOld)" /SD IDOK
    SetErrorLevel 1
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; an upgrade goes where the earlier version is (InstallDirRegKey would read the 32-bit view)
  ReadRegStr $0 HKLM "${SETTINGS_KEY}" "InstallDir"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${PRODUCT}"  ; not chosen with /D=
    StrCpy $INSTDIR $0
  ${EndIf}
  !insertmacro MUI_LANGDLL_DISPLAY
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/USERS=" $Accounts
  ${If} ${Errors}
    ReadEnvStr $Accounts USERNAME  ; the account that started the installer, to edit
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; --- who may use the program: the Windows accounts that join the group -------------------

Function AccountsPage
  !insertmacro MUI_HEADER_TEXT "$(AccountsTitle)" "$(AccountsSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 58u "$(AccountsText)"
  Pop $0
  ${NSD_CreateText} 0 62u 100% 13u "$Accounts"
  Pop $AccountsField
  ${NSD_CreateLabel} 0 82u 100% 40u "$(AccountsLater)"
  Pop $0
  ${NSD_SetFocus} $AccountsField  ; typed into at once, no click
  nsDialogs::Show
FunctionEnd

Function AccountsPageLeave
  ${NSD_GetText} $AccountsField $Accounts
  Push $Accounts
  Call Trim
  Pop $Accounts
  ${WordReplace} "$Accounts" "," "" "+" $0  ; "," or " , " names no one
  Push $0
  Call Trim
  Pop $0
  ${If} $0 == ""
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(AccountsEmpty)"
    Abort  ; stays on the page
  ${EndIf}
FunctionEnd

; Trim: the string on the stack without its leading and trailing spaces.
Function Trim
  Exch $R0
  Push $R1
  ${Do}
    StrCpy $R1 $R0 1
    ${IfThen} $R1 != " " ${|} ${ExitDo} ${|}
    StrCpy $R0 $R0 "" 1
  ${Loop}
  ${Do}
    StrCpy $R1 $R0 1 -1
    ${IfThen} $R1 != " " ${|} ${ExitDo} ${|}
    StrCpy $R0 $R0 -1
  ${Loop}
  Pop $R1
  Exch $R0
FunctionEnd

; Each comma-separated account of $Accounts joins the group; a failure is said, not fatal
; (the account may be added later with net localgroup).
Function AddAccounts
  StrCpy $R1 1
  ${Do}
    ClearErrors
    ${WordFind} "$Accounts," "," "E+$R1" $R0  ; the comma added: one account is a word too
    ${IfThen} ${Errors} ${|} ${ExitDo} ${|}
    Push $R0
    Call Trim
    Pop $R0
    ${If} $R0 != ""
      nsExec::ExecToLog /OEM '"$SYSDIR\net.exe" localgroup "${USERS_GROUP}" "$R0" /add'
      Pop $0
      ; 0 = added; 1378 (in the text, code 2) = a member already
      ${If} $0 != 0
        DetailPrint "$(AccountNotAdded)"
      ${EndIf}
    ${EndIf}
    IntOp $R1 $R1 + 1
  ${Loop}
FunctionEnd

; A program that runs (on this account or another one signed in) holds its files open:
; Windows refuses to let them be written, and an upgrade would stop half done.
!macro InUse FILE  ; $0 = 1 when FILE is held open
  ${If} ${FileExists} "${FILE}"
    ClearErrors
    FileOpen $1 "${FILE}" a
    ${If} ${Errors}
      StrCpy $0 1
    ${Else}
      FileClose $1
    ${EndIf}
  ${EndIf}
!macroend

!macro RefuseWhileRunning
  retry:
    StrCpy $0 0
    !insertmacro InUse "$INSTDIR\${WINDOWED}"
    !insertmacro InUse "$INSTDIR\${PROGRAM}"
    StrCmp $0 0 free
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(ProgramRunning)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 4
    Quit
  free:
!macroend

Function RefuseWhileRunning
  !insertmacro RefuseWhileRunning
FunctionEnd

Function un.RefuseWhileRunning
  !insertmacro RefuseWhileRunning
FunctionEnd

; --- installation --------------------------------------------------------------------------

Section "PrisonDesk" ProgramSection
  SectionIn RO
  Call RefuseWhileRunning
  RMDir /r "$INSTDIR\_internal"  ; an older version's libraries and plug-ins go
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}/*"

  StrCpy $DataFolder "$APPDATA\${PRODUCT}"  ; all users' context: C:\ProgramData\PrisonDesk
  CreateDirectory "$DataFolder"
  ; system tools by their full path: the folder setup.exe runs from (a stick, a share) is
  ; searched first otherwise, and the installer runs as an administrator
  nsExec::ExecToLog /OEM '"$SYSDIR\net.exe" localgroup "${USERS_GROUP}" /add /comment:"$(GroupComment)"'
  Pop $0  ; a group kept from an earlier installation answers "exists": kept as it is
  Call AddAccounts
  ; The folder and all in it belong to Administrators (a folder a user made before the
  ; installation is theirs no more); Administrators and SYSTEM (by SID: their names are
  ; translated on a Russian Windows) have full control; the group modifies what is inside
  ; and may add to the folder but neither delete nor rename it; OWNER RIGHTS takes from the
  ; owner of a file (the account that made it) the right to change its access list.
  nsExec::ExecToLog /OEM '"$SYSDIR\icacls.exe" "$DataFolder" /setowner *S-1-5-32-544 /T /C /Q'
  Pop $0
  nsExec::ExecToLog /OEM '"$SYSDIR\icacls.exe" "$DataFolder" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F "${USERS_GROUP}:(RX,W)" "${USERS_GROUP}:(OI)(CI)(IO)M" *S-1-3-4:(OI)(CI)M'
  Pop $1
  ${If} $0 != 0
  ${OrIf} $1 != 0
    StrCpy $0 "$0/$1"
    DetailPrint "$(AclFailed)"
  ${EndIf}
  WriteINIStr "$INSTDIR\prisondesk.ini" "install" "data_folder" "$DataFolder"
  WriteINIStr "$INSTDIR\prisondesk.ini" "install" "users_group" "${USERS_GROUP}"

  RMDir /r "$SMPROGRAMS\${PRODUCT}"  ; an earlier installation's, maybe in another language
  CreateDirectory "$SMPROGRAMS\${PRODUCT}"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\${PRODUCT}.lnk" "$INSTDIR\${WINDOWED}" "" \
    "$INSTDIR\${WINDOWED}" 0 SW_SHOWNORMAL "" "$(ProgramDescription)"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\$(SelftestShortcut).lnk" "$SYSDIR\cmd.exe" \
    '/k ""$INSTDIR\${PROGRAM}" selftest"' "$INSTDIR\${PROGRAM}" 0 SW_SHOWNORMAL "" \
    "$(SelftestDescription)"
  CreateShortcut "$SMPROGRAMS\${PRODUCT}\$(UninstallShortcut).lnk" "$INSTDIR\uninstall.exe"
  CreateShortcut "$DESKTOP\${PRODUCT}.lnk" "$INSTDIR\${WINDOWED}" "" \
    "$INSTDIR\${WINDOWED}" 0 SW_SHOWNORMAL "" "$(ProgramDescription)"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${SETTINGS_KEY}" "DataFolder" "$DataFolder"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${WINDOWED}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; the installed program checks itself where it will run: Qt, fonts, translations, a
  ; migration, a printed barcode, the data folder's ACL (no --home: prisondesk.ini is read)
  DetailPrint "$(SelftestRunning)"
  nsExec::ExecToLog /OEM /TIMEOUT=300000 '"$INSTDIR\${PROGRAM}" selftest'
  Pop $0
  ${If} $0 == 0
    StrCpy $FinishTitle "$(FinishTitle)"
    StrCpy $FinishSubtitle "$(SelftestPassedLine)"
    StrCpy $SelftestResult "$(SelftestPassed)"
  ${Else}
    StrCpy $FinishTitle "$(FinishTitleFailed)"
    StrCpy $FinishSubtitle "$(SelftestFailedLine)"
    StrCpy $SelftestResult "$(SelftestFailed)"
    DetailPrint "$(SelftestFailedLine)"
    SetErrorLevel 3
  ${EndIf}
SectionEnd

; --- uninstallation: the program goes, the data stays ----------------------------------------

Section "Uninstall"
  Call un.RefuseWhileRunning
  ReadINIStr $DataFolder "$INSTDIR\prisondesk.ini" "install" "data_folder"
  Delete "$DESKTOP\${PRODUCT}.lnk"
  RMDir /r "$SMPROGRAMS\${PRODUCT}"  ; ours alone, whatever language named the shortcuts
  ; only what the installer put there: the folder may have been chosen next to other things
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${PROGRAM}"
  Delete "$INSTDIR\${WINDOWED}"
  Delete "$INSTDIR\prisondesk.ini"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegValue HKLM "${SETTINGS_KEY}" "InstallDir"
  DetailPrint "$(DataKeptLine)"
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
