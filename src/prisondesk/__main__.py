from prisondesk.cli import main

raise SystemExit(main())
