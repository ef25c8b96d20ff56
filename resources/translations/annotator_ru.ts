<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnnotatedTextView</name>
    <message>
        <location filename="../../annotator/gui/text_view.py" line="319"/>
        <source>said by {names}</source>
        <translation>сказал(а): {names}</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="74"/>
        <location filename="../../annotator/gui/annotation_controller.py" line="90"/>
        <source>Select some text first</source>
        <translation>Сначала выделите текст</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="80"/>
        <source>The selection holds no text</source>
        <translation>В выделении нет текста</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="85"/>
        <source>Created {label}</source>
        <translation>Создано: {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="93"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="94"/>
        <source>Label for the selection (type a new one to add it):</source>
        <translation>Метка для выделения (введите новую, чтобы добавить её):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="111"/>
        <source>No annotation at the cursor</source>
        <translation>Под курсором нет разметки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="128"/>
        <source>Accepted {count} suggestion(s)</source>
        <translation>Принято предложений: {count}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="140"/>
        <source>Only a quote has a kind</source>
        <translation>Тип есть только у цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="156"/>
        <source>An annotation cannot be empty</source>
        <translation>Фрагмент разметки не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="165"/>
        <source>No more suggestions</source>
        <translation>Предложений больше нет</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="165"/>
        <source>No annotations</source>
        <translation>Разметки нет</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="184"/>
        <source>Put the cursor on a quote to link it</source>
        <translation>Поставьте курсор на цитату, чтобы связать её</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="194"/>
        <source>This article has no speaker mentions yet: mark one with S</source>
        <translation>В статье ещё нет упоминаний говорящих: отметьте их клавишей S</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="204"/>
        <source>Link quote to speaker</source>
        <translation>Связать цитату с говорящим</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="205"/>
        <source>Speaker of the quote:</source>
        <translation>Автор цитаты:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="234"/>
        <source>Click the speaker of this quote (Esc cancels)</source>
        <translation>Щёлкните по автору этой цитаты (Esc — отмена)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_controller.py" line="241"/>
        <source>Quote linked to its speaker</source>
        <translation>Цитата связана с говорящим</translation>
    </message>
</context>
<context>
    <name>AnnotationSession</name>
    <message>
        <location filename="../../annotator/gui/session.py" line="211"/>
        <source>Create {label}</source>
        <translation>Создать: {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="215"/>
        <source>Delete annotation</source>
        <translation>Удалить разметку</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="221"/>
        <source>Adjust boundaries</source>
        <translation>Изменить границы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="225"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="225"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="229"/>
        <source>Set quote kind</source>
        <translation>Тип цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="233"/>
        <source>Assign speaker</source>
        <translation>Назначить говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="239"/>
        <source>Accept all</source>
        <translation>Принять всё</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="242"/>
        <source>Link quote to speaker</source>
        <translation>Связать цитату с говорящим</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="251"/>
        <source>Remove theme</source>
        <translation>Снять тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="252"/>
        <source>Tag theme</source>
        <translation>Отметить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="256"/>
        <source>Theme suggestion</source>
        <translation>Предложенная тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="261"/>
        <source>Rename speaker</source>
        <translation>Переименовать говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="265"/>
        <source>Add alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="268"/>
        <source>Merge speakers</source>
        <translation>Объединить говорящих</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="272"/>
        <source>Edit theme</source>
        <translation>Изменить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="275"/>
        <source>Delete theme</source>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="281"/>
        <source>Document status</source>
        <translation>Статус документа</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="28"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="37"/>
        <source>Filter: title, source or a word in any form</source>
        <translation>Фильтр: заголовок, источник или слово в любой форме</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="76"/>
        <source>Any speaker</source>
        <translation>Любой говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="80"/>
        <source>Any theme</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="112"/>
        <source>{shown} of {total} documents</source>
        <translation>Показано {shown} из {total} документов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_panel.py" line="113"/>
        <source>{total} documents</source>
        <translation>Документов: {total}</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="29"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="30"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="31"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="33"/>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="34"/>
        <source>Tags</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="84"/>
        <source>(untitled)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="27"/>
        <source>{format} export options</source>
        <translation>Параметры экспорта {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="32"/>
        <source>UTF-16 units: a default doccano project</source>
        <translation>Единицы UTF-16: обычный проект doccano</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="33"/>
        <source>Grapheme clusters: a doccano project with grapheme mode on</source>
        <translation>Графемы: проект doccano с включённым режимом графем</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="34"/>
        <source>Code points: Python tools</source>
        <translation>Кодовые точки: инструменты на Python</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="37"/>
        <source>Offsets</source>
        <translation>Смещения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="38"/>
        <source>Keep one span of each overlap (for projects that do not allow overlapping spans)</source>
        <translation>Оставить один фрагмент из каждого пересечения (для проектов, где пересечения запрещены)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/export_options.py" line="42"/>
        <source>doccano draws UTF-16 offsets unless the project&apos;s grapheme mode is on; it drops overlapping spans unless “Allow overlapping spans” is on.</source>
        <translation>doccano считает смещения в единицах UTF-16, если в проекте не включён режим графем; пересекающиеся фрагменты он отбрасывает, если не включено «Allow overlapping spans».</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="20"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="27"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Найти предыдущее (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="31"/>
        <source>Find next (F3)</source>
        <translation>Найти следующее (F3)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="35"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="39"/>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="93"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/find_bar.py" line="99"/>
        <source>wrapped around</source>
        <translation>поиск продолжен с начала</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="19"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="23"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="23"/>
        <source>Tag with “{theme}” (annotation at the cursor, else the document)</source>
        <translation>Отметить темой «{theme}» (разметку под курсором, иначе документ)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="27"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="27"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="27"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/help_dialog.py" line="38"/>
        <source>Single-letter keys work while the text has the focus. Select text and press Q, S or C to mark it; A or Enter accepts and R or X rejects the suggestion at the cursor. Change any key in Preferences.</source>
        <translation>Однобуквенные клавиши действуют, когда фокус в тексте. Выделите текст и нажмите Q, S или C, чтобы отметить его; A или Enter принимает, R или X отклоняет предложение под курсором. Любую клавишу можно изменить в настройках.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../annotator/gui/legend.py" line="50"/>
        <source>Suggestions are paler with dashed lines; theme tags are bars in the left margin.</source>
        <translation>Предложения бледнее и подчёркнуты пунктиром; темы — цветные полосы на левом поле.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="96"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="97"/>
        <location filename="../../annotator/gui/span_styles.py" line="99"/>
        <location filename="../../annotator/gui/span_styles.py" line="101"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="98"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="100"/>
        <source>Cue</source>
        <translation>Маркер речи</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="102"/>
        <source>Other label</source>
        <translation>Другая метка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="103"/>
        <source>Current</source>
        <translation>Текущая</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/span_styles.py" line="104"/>
        <source>Linked</source>
        <translation>Связанная</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="110"/>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="111"/>
        <source>Speakers</source>
        <translation>Говорящие</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="112"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="264"/>
        <source>Document marked done</source>
        <translation>Документ отмечен как готовый</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="265"/>
        <source>Document back in progress</source>
        <translation>Документ снова в работе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="273"/>
        <source>%v of %m done</source>
        <translation>готово %v из %m</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="274"/>
        <source>{done} of {total} documents done · {progress} in progress</source>
        <translation>Готово {done} из {total} документов · в работе {progress}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="282"/>
        <source>Wait for the running import or export to finish.</source>
        <translation>Дождитесь окончания импорта или экспорта.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="287"/>
        <source>Cannot open this project:
{error}

The current project stays open.</source>
        <translation>Не удалось открыть проект:
{error}

Текущий проект остаётся открытым.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="315"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="322"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="331"/>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="332"/>
        <source>Articles (*.txt *.docx *.html *.htm *.jsonl *.csv);;All files (*)</source>
        <translation>Статьи (*.txt *.docx *.html *.htm *.jsonl *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="337"/>
        <source>Import a folder of articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="345"/>
        <source>Export as {format}</source>
        <translation>Экспорт в формате {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="358"/>
        <source>Import {format} file</source>
        <translation>Импорт файла {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="390"/>
        <source>annotator</source>
        <translation>annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/main_window.py" line="416"/>
        <source>Annotator: {name}</source>
        <translation>Аннотатор: {name}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../annotator/gui/menus.py" line="18"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="20"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="23"/>
        <source>Import &amp;annotated file</source>
        <translation>Импорт &amp;размеченного файла</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="24"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="30"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="38"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="47"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="52"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="57"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="93"/>
        <source>not available in this installation</source>
        <translation>недоступно в этой установке</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/menus.py" line="107"/>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../../annotator/gui/names.py" line="15"/>
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="16"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="17"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="18"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="19"/>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="20"/>
        <source>done</source>
        <translation>готов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="21"/>
        <source>direct</source>
        <translation>прямая</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="22"/>
        <source>indirect</source>
        <translation>косвенная</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="23"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="24"/>
        <source>speaker</source>
        <translation>говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="25"/>
        <source>cue</source>
        <translation>маркер речи</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="26"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/names.py" line="27"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="35"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="41"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="45"/>
        <source>Snap new annotations to word boundaries</source>
        <translation>Выравнивать новую разметку по границам слов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="47"/>
        <source>Suggest quotes, speakers and themes when importing</source>
        <translation>Предлагать цитаты, говорящих и темы при импорте</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="50"/>
        <source>Annotator name</source>
        <translation>Имя аннотатора</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="51"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="52"/>
        <source>A new language applies when annotator is restarted.</source>
        <translation>Новый язык применяется после перезапуска annotator.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="58"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="58"/>
        <source>Shortcut</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="68"/>
        <source>Restore default shortcuts</source>
        <translation>Вернуть стандартные клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="75"/>
        <source>Keyboard shortcuts:</source>
        <translation>Клавиши:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="96"/>
        <source>{key}: “{first}” and “{second}”</source>
        <translation>{key}: «{first}» и «{second}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="104"/>
        <source>Shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="105"/>
        <source>Some keys are used twice; give each command its own key:
</source>
        <translation>Некоторые клавиши назначены дважды; у каждой команды должна быть своя клавиша:
</translation>
    </message>
</context>
<context>
    <name>ProjectOperations</name>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="53"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="63"/>
        <source>Importing {format}</source>
        <translation>Импорт {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="74"/>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="76"/>
        <source>Exporting {format}</source>
        <translation>Экспорт {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="80"/>
        <source>{count} row(s) from {documents} document(s) written to {path}</source>
        <translation>Записано в {path}: строк — {count}, из документов: {documents}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="82"/>
        <source>{documents} document(s) written to {path}: {spans} span(s), {relations} relation(s), {tags} theme tag(s)</source>
        <translation>Документов записано в {path}: {documents}; фрагментов: {spans}, связей: {relations}, тем: {tags}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="87"/>
        <source>{spans} overlapping span(s) in {documents} document(s): one span of each overlap was kept</source>
        <translation>Пересекающихся фрагментов: {spans} в документах: {documents}; из каждого пересечения оставлен один фрагмент</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="91"/>
        <source>{spans} overlapping span(s) in {documents} document(s): a doccano project drops them unless “Allow overlapping spans” is on; turn it on, or export again keeping one span of each overlap.</source>
        <translation>Пересекающихся фрагментов: {spans} в документах: {documents}. Проект doccano отбрасывает их, если не включено «Allow overlapping spans»: включите этот параметр или экспортируйте заново, оставив один фрагмент из каждого пересечения.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="101"/>
        <source>Another operation is still running.</source>
        <translation>Другая операция ещё выполняется.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="104"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="131"/>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="132"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/project_operations.py" line="132"/>
        <source>Import finished with problems</source>
        <translation>Импорт завершён с ошибками</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="35"/>
        <source>Search all documents (any word form), Enter</source>
        <translation>Поиск по всем документам (любая форма слова), Enter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="74"/>
        <source>{count} document(s) found</source>
        <translation>Найдено документов: {count}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="34"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="35"/>
        <source>Navigate</source>
        <translation>Переход</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="36"/>
        <source>Annotate</source>
        <translation>Разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="37"/>
        <source>Edit</source>
        <translation>Правка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="38"/>
        <source>View</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="41"/>
        <source>New project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="42"/>
        <source>Open project…</source>
        <translation>Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="43"/>
        <source>Import files…</source>
        <translation>Импорт файлов…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="44"/>
        <source>Import folder…</source>
        <translation>Импорт папки…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="45"/>
        <source>Preferences…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="46"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="47"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="48"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="49"/>
        <source>Find in document</source>
        <translation>Найти в документе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="50"/>
        <source>Find next</source>
        <translation>Найти следующее</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="51"/>
        <source>Find previous</source>
        <translation>Найти предыдущее</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="52"/>
        <source>Search the corpus</source>
        <translation>Поиск по корпусу</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="53"/>
        <source>Edit theme taxonomy…</source>
        <translation>Редактировать таксономию тем…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="54"/>
        <source>Next document</source>
        <translation>Следующий документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="55"/>
        <source>Previous document</source>
        <translation>Предыдущий документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="56"/>
        <source>Next annotation</source>
        <translation>Следующая разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="57"/>
        <source>Previous annotation</source>
        <translation>Предыдущая разметка</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="58"/>
        <source>Next suggestion</source>
        <translation>Следующее предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="59"/>
        <source>Previous suggestion</source>
        <translation>Предыдущее предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="60"/>
        <source>Go to the document list</source>
        <translation>Перейти к списку документов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="61"/>
        <source>Go to the text</source>
        <translation>Перейти к тексту</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="62"/>
        <source>Mark selection as quote</source>
        <translation>Отметить выделение как цитату</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="63"/>
        <source>Mark selection as speaker</source>
        <translation>Отметить выделение как говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="64"/>
        <source>Mark selection as speech cue</source>
        <translation>Отметить выделение как маркер речи</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="65"/>
        <source>Mark selection with a label…</source>
        <translation>Отметить выделение меткой…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="66"/>
        <source>Accept suggestion</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="67"/>
        <source>Reject suggestion</source>
        <translation>Отклонить предложение</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="68"/>
        <source>Accept all suggestions in the document</source>
        <translation>Принять все предложения в документе</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="69"/>
        <source>Delete annotation</source>
        <translation>Удалить разметку</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="70"/>
        <source>Extend the end by a word</source>
        <translation>Расширить конец на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="71"/>
        <source>Shrink the end by a word</source>
        <translation>Сократить конец на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="72"/>
        <source>Extend the start by a word</source>
        <translation>Расширить начало на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="73"/>
        <source>Shrink the start by a word</source>
        <translation>Сократить начало на слово</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="74"/>
        <source>Link quote to a speaker…</source>
        <translation>Связать цитату с говорящим…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="75"/>
        <source>Link quote by clicking its speaker</source>
        <translation>Связать цитату щелчком по говорящему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="76"/>
        <source>Quote kind: direct</source>
        <translation>Тип цитаты: прямая</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="77"/>
        <source>Quote kind: indirect</source>
        <translation>Тип цитаты: косвенная</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="78"/>
        <source>Mark document done / not done</source>
        <translation>Документ готов / не готов</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="79"/>
        <source>Show rejected suggestions</source>
        <translation>Показывать отклонённые предложения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/shortcuts.py" line="80"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="50"/>
        <source>Speaker</source>
        <translation>Говорящий</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="50"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="50"/>
        <source>Project</source>
        <translation>В проекте</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="58"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="59"/>
        <source>Add alias…</source>
        <translation>Вариант имени…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="60"/>
        <source>Merge into…</source>
        <translation>Объединить с…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="61"/>
        <source>Set speaker…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="62"/>
        <source>Point the selected mention at a speaker (new or existing)</source>
        <translation>Связать выбранное упоминание с говорящим (новым или существующим)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="98"/>
        <source>(no speaker assigned)</source>
        <translation>(говорящий не назначен)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="126"/>
        <source>Aliases: {aliases}</source>
        <translation>Варианты имени: {aliases}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="128"/>
        <source>Roles: {roles}</source>
        <translation>Должности: {roles}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="188"/>
        <source>Rename speaker</source>
        <translation>Переименовать говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="188"/>
        <source>Name in the nominative (shared by the whole project):</source>
        <translation>Имя в именительном падеже (общее для всего проекта):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="195"/>
        <source>Add alias</source>
        <translation>Добавить вариант имени</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="195"/>
        <source>Another name or title of this speaker:</source>
        <translation>Другое имя или должность этого говорящего:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="205"/>
        <source>There is no other speaker to merge with</source>
        <translation>Нет другого говорящего для объединения</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="213"/>
        <source>Merge speakers</source>
        <translation>Объединить говорящих</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="214"/>
        <source>Merge this speaker into (its name becomes an alias):</source>
        <translation>Объединить этого говорящего с (его имя станет вариантом имени):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="237"/>
        <source>Set speaker</source>
        <translation>Назначить говорящего</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/speaker_panel.py" line="237"/>
        <source>Speaker of this mention (pick or type a new name):</source>
        <translation>Говорящий для этого упоминания (выберите или введите новое имя):</translation>
    </message>
</context>
<context>
    <name>TaxonomyEditor</name>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="51"/>
        <source>Theme taxonomy</source>
        <translation>Таксономия тем</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="55"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="55"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="55"/>
        <source>Used</source>
        <translation>Исп.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="58"/>
        <source>Add theme</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="59"/>
        <source>Add sub-theme</source>
        <translation>Добавить подтему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="60"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="70"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="76"/>
        <source>lemmas, separated by commas</source>
        <translation>леммы через запятую</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="77"/>
        <source>Save theme</source>
        <translation>Сохранить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="85"/>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="86"/>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="87"/>
        <source>Parent</source>
        <translation>Родительская тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="88"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="89"/>
        <source>Shortcut</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="90"/>
        <source>Guideline (Russian)</source>
        <translation>Инструкция (рус.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="91"/>
        <source>Guideline (English)</source>
        <translation>Инструкция (англ.)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="92"/>
        <source>Keywords</source>
        <translation>Ключевые слова</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="108"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="151"/>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="171"/>
        <source>A colour is written #RRGGBB, e.g. #0072B2</source>
        <translation>Цвет записывается как #RRGGBB, например #0072B2</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="193"/>
        <source>New theme {number}</source>
        <translation>Новая тема {number}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="217"/>
        <source>Delete theme</source>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="218"/>
        <source>“{name}” tags {count} annotation(s) or document(s). Deleting it removes those tags; its sub-themes move up one level. You can undo this.</source>
        <translation>Темой «{name}» отмечено фрагментов или документов: {count}. Удаление темы снимет эти отметки, а её подтемы поднимутся на уровень выше. Это действие можно отменить.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/taxonomy_editor.py" line="223"/>
        <source>Delete theme and its tags</source>
        <translation>Удалить тему и её отметки</translation>
    </message>
</context>
<context>
    <name>ThemePanel</name>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="85"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="85"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="95"/>
        <source>Tag annotation</source>
        <translation>Отметить фрагмент</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="96"/>
        <source>Tag the annotation at the cursor with this theme</source>
        <translation>Отметить этой темой разметку под курсором</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="97"/>
        <source>Tag document</source>
        <translation>Отметить документ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="98"/>
        <source>Edit taxonomy…</source>
        <translation>Таксономия…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="104"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="105"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="106"/>
        <source>Remove</source>
        <translation>Снять</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="123"/>
        <source>Themes of this document (suggested ones in italics):</source>
        <translation>Темы документа (предложенные — курсивом):</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/theme_panel.py" line="226"/>
        <source>{name}: {count} annotation(s)</source>
        <translation>{name}: фрагментов — {count}</translation>
    </message>
</context>
</TS>
