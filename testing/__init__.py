"""What the tests share to read pages as a reader does: the titles and groups of a listing page
(``listings``), and a page's text as a text-mode browser shows it (``textmode``); and to write
an office's archive of pages as text, of any size (``archive_files``)."""
