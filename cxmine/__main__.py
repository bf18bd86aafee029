from cxmine.cli.app import main

main()
