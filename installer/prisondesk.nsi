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
; Silent install: setup.exe /S /USERS=gate1,gate2 (the exit code is 3 when selftest failed).

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
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${SETTINGS_KEY}" "InstallDir"
BrandingText "${PRODUCT} ${VERSION}"
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

!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_NOAUTOCLOSE  ; the selftest's lines stay readable before the finish page
!define MUI_LANGDLL_REGISTRY_ROOT HKLM
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
Page custom AccountsPage AccountsPageLeave
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "$(FinishTitle)"
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
  ${NSD_CreateLabel} 0 0 100% 48u "$(AccountsText)"
  Pop $0
  ${NSD_CreateText} 0 52u 100% 13u "$Accounts"
  Pop $AccountsField
  ${NSD_CreateLabel} 0 72u 100% 40u "$(AccountsLater)"
  Pop $0
  nsDialogs::Show
FunctionEnd

Function AccountsPageLeave
  ${NSD_GetText} $AccountsField $Accounts
  Push $Accounts
  Call Trim
  Pop $Accounts
  ${If} $Accounts == ""
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
    ${WordFind} "$Accounts" "," "E+$R1" $R0
    ${IfThen} ${Errors} ${|} ${ExitDo} ${|}
    Push $R0
    Call Trim
    Pop $R0
    ${If} $R0 != ""
      nsExec::ExecToLog 'net localgroup "${USERS_GROUP}" "$R0" /add'
      Pop $0
      ; 0 = added; 1378 (in the text, code 2) = a member already
      ${If} $0 != 0
        DetailPrint "$(AccountNotAdded)"
      ${EndIf}
    ${EndIf}
    IntOp $R1 $R1 + 1
  ${Loop}
FunctionEnd

; --- installation --------------------------------------------------------------------------

Section "PrisonDesk" ProgramSection
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}/*"

  StrCpy $DataFolder "$APPDATA\${PRODUCT}"  ; all users' context: C:\ProgramData\PrisonDesk
  CreateDirectory "$DataFolder"
  nsExec::ExecToLog 'net localgroup "${USERS_GROUP}" /add /comment:"$(GroupComment)"'
  Pop $0  ; a group kept from an earlier installation answers "exists": kept as it is
  Call AddAccounts
  ; Administrators and SYSTEM by SID: their names are translated on a Russian Windows
  nsExec::ExecToLog 'icacls "$DataFolder" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F "${USERS_GROUP}:(OI)(CI)M"'
  Pop $0
  ${If} $0 != 0
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
  nsExec::ExecToLog '"$INSTDIR\${PROGRAM}" selftest'
  Pop $0
  ${If} $0 == 0
    StrCpy $SelftestResult "$(SelftestPassed)"
  ${Else}
    StrCpy $SelftestResult "$(SelftestFailed)"
    DetailPrint "$(SelftestFailed)"
    SetErrorLevel 3
  ${EndIf}
SectionEnd

; --- uninstallation: the program goes, the data stays ----------------------------------------

Section "Uninstall"
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
  DetailPrint "$(DataKept)"
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
