"""What the tests share to read pages as a reader does: the titles and groups of a listing page
(``listings``), and a page's text as a text-mode browser shows it (``textmode``)."""
