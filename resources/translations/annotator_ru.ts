<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AnnotatedTextView</name>
    <message>
      <location filename="../../annotator/gui/text_view.py" line="319" />
      <source>said by {names}</source>
      <translation>сказал(а): {names}</translation>
    </message>
    <message>
      <source>comment: {text}</source>
      <translation>комментарий: {text}</translation>
    </message>
  </context>
  <context>
    <name>AnnotationController</name>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="71" />
      <location filename="../../annotator/gui/annotation_controller.py" line="87" />
      <source>Select some text first</source>
      <translation>Сначала выделите текст</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="77" />
      <source>The selection holds no text</source>
      <translation>В выделении нет текста</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="82" />
      <source>Created {label}</source>
      <translation>Создано: {label}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="90" />
      <source>Label</source>
      <translation>Метка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="91" />
      <source>Label for the selection (type a new one to add it):</source>
      <translation>Метка для выделения (введите новую, чтобы добавить её):</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="108" />
      <source>No annotation at the cursor</source>
      <translation>Под курсором нет разметки</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="125" />
      <source>Accepted {count} suggestion(s)</source>
      <translation>Принято предложений: {count}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="137" />
      <source>Only a quote has a kind</source>
      <translation>Тип есть только у цитаты</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="153" />
      <source>An annotation cannot be empty</source>
      <translation>Фрагмент разметки не может быть пустым</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="162" />
      <source>No more suggestions</source>
      <translation>Предложений больше нет</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="162" />
      <source>No annotations</source>
      <translation>Разметки нет</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="181" />
      <source>Put the cursor on a quote to link it</source>
      <translation>Поставьте курсор на цитату, чтобы связать её</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="191" />
      <source>This article has no speaker mentions yet: mark one with S</source>
      <translation>В статье ещё нет упоминаний говорящих: отметьте их клавишей S</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="201" />
      <source>Link quote to speaker</source>
      <translation>Связать цитату с говорящим</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="202" />
      <source>Speaker of the quote:</source>
      <translation>Автор цитаты:</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="231" />
      <source>Click the speaker of this quote (Esc cancels)</source>
      <translation>Щёлкните по автору этой цитаты (Esc — отмена)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/annotation_controller.py" line="238" />
      <source>Quote linked to its speaker</source>
      <translation>Цитата связана с говорящим</translation>
    </message>
    <message>
      <source>{mode}: N, A, R and accept-all look at these only (F: the next kind)</source>
      <translation>{mode}: N, A, R и «принять все» работают только с ними (F — следующий вид)</translation>
    </message>
    <message>
      <source>No theme suggestion on this annotation</source>
      <translation>У этой аннотации нет предложенных тем</translation>
    </message>
    <message>
      <source>Theme suggestion</source>
      <translation>Предложенная тема</translation>
    </message>
    <message>
      <source>Who said it? The nearest speakers come first.</source>
      <translation>Кто это сказал? Ближайшие говорящие — первыми.</translation>
    </message>
    <message>
      <source>Quote linked to {name}</source>
      <translation>Цитата связана с говорящим: {name}</translation>
    </message>
    <message>
      <source>Set speaker</source>
      <translation>Назначить говорящего</translation>
    </message>
    <message>
      <source>Who is «{mention}»?</source>
      <translation>Кто такой «{mention}»?</translation>
    </message>
    <message>
      <source>Speaker: {name}</source>
      <translation>Говорящий: {name}</translation>
    </message>
  </context>
  <context>
    <name>AnnotationSession</name>
    <message>
        <location filename="../../annotator/gui/session.py" line="148" />
        <source>The project is busy: another annotator process (an import, another window) kept it locked for more than {seconds} s. The edit was not saved; try again in a moment.</source>
        <translation>Проект занят: другой процесс annotator (импорт, другое окно) не освобождает его дольше {seconds} с. Правка не сохранена; повторите её через минуту.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/session.py" line="154" />
        <source>The edit could not be saved ({error}); the project file is unchanged.</source>
        <translation>Правку не удалось сохранить ({error}); файл проекта не изменён.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="231" />
      <source>Create {label}</source>
      <translation>Создать: {label}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="235" />
      <source>Delete annotation</source>
      <translation>Удалить разметку</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="241" />
      <source>Adjust boundaries</source>
      <translation>Изменить границы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="245" />
      <source>Accept</source>
      <translation>Принять</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="245" />
      <source>Reject</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="249" />
      <source>Set quote kind</source>
      <translation>Тип цитаты</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="253" />
      <source>Assign speaker</source>
      <translation>Назначить говорящего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="259" />
      <source>Accept all</source>
      <translation>Принять всё</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="262" />
      <source>Link quote to speaker</source>
      <translation>Связать цитату с говорящим</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="271" />
      <source>Remove theme</source>
      <translation>Снять тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="272" />
      <source>Tag theme</source>
      <translation>Отметить тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="276" />
      <source>Theme suggestion</source>
      <translation>Предложенная тема</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="281" />
      <source>Rename speaker</source>
      <translation>Переименовать говорящего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="285" />
      <source>Add alias</source>
      <translation>Добавить вариант имени</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="288" />
      <source>Merge speakers</source>
      <translation>Объединить говорящих</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="292" />
      <source>Edit theme</source>
      <translation>Изменить тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="295" />
      <source>Delete theme</source>
      <translation>Удалить тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/session.py" line="301" />
      <source>Document status</source>
      <translation>Статус документа</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
  </context>
  <context>
    <name>DocumentPanel</name>
    <message>
      <location filename="../../annotator/gui/document_panel.py" line="28" />
      <source>Any status</source>
      <translation>Любой статус</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_panel.py" line="37" />
      <source>Filter: title, source or a word in any form</source>
      <translation>Фильтр: заголовок, источник или слово в любой форме</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_panel.py" line="76" />
      <source>Any speaker</source>
      <translation>Любой говорящий</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_panel.py" line="80" />
      <source>Any theme</source>
      <translation>Любая тема</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_panel.py" line="112" />
      <source>{shown} of {total} documents</source>
      <translation>Показано {shown} из {total} документов</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_panel.py" line="113" />
      <source>{total} documents</source>
      <translation>Документов: {total}</translation>
    </message>
  </context>
  <context>
    <name>DocumentTableModel</name>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="29" />
      <source>Title</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="30" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="31" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="32" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="33" />
      <source>Quotes</source>
      <translation>Цитаты</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="34" />
      <source>Tags</source>
      <translation>Темы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_list.py" line="84" />
      <source>(untitled)</source>
      <translation>(без заголовка)</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="20" />
      <source>Find in document</source>
      <translation>Найти в документе</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="27" />
      <source>Find previous (Shift+F3)</source>
      <translation>Найти предыдущее (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="31" />
      <source>Find next (F3)</source>
      <translation>Найти следующее (F3)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="35" />
      <source>Close (Esc)</source>
      <translation>Закрыть (Esc)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="39" />
      <source>Find:</source>
      <translation>Найти:</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="93" />
      <source>not found</source>
      <translation>не найдено</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/find_bar.py" line="99" />
      <source>wrapped around</source>
      <translation>поиск продолжен с начала</translation>
    </message>
  </context>
  <context>
    <name>HelpDialog</name>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="19" />
      <source>Keyboard shortcuts</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="23" />
      <source>Themes</source>
      <translation>Темы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="23" />
      <source>Tag with “{theme}” (annotation at the cursor, else the document)</source>
      <translation>Отметить темой «{theme}» (разметку под курсором, иначе документ)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="27" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="27" />
      <source>Command</source>
      <translation>Команда</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="27" />
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/help_dialog.py" line="38" />
      <source>Single-letter keys work while the text has the focus. Select text and press Q, S or C to mark it; A or Enter accepts and R or X rejects the suggestion at the cursor. Change any key in Preferences.</source>
      <translation>Однобуквенные клавиши действуют, когда фокус в тексте. Выделите текст и нажмите Q, S или C, чтобы отметить его; A или Enter принимает, R или X отклоняет предложение под курсором. Любую клавишу можно изменить в настройках.</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <location filename="../../annotator/gui/legend.py" line="50" />
      <source>Suggestions are paler with dashed lines; theme tags are bars in the left margin.</source>
      <translation>Предложения бледнее и подчёркнуты пунктиром; темы — цветные полосы на левом поле.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="96" />
      <source>Quote</source>
      <translation>Цитата</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="97" />
      <location filename="../../annotator/gui/span_styles.py" line="99" />
      <location filename="../../annotator/gui/span_styles.py" line="101" />
      <source>suggested</source>
      <translation>предложено</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="98" />
      <source>Speaker</source>
      <translation>Говорящий</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="100" />
      <source>Cue</source>
      <translation>Маркер речи</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="102" />
      <source>Other label</source>
      <translation>Другая метка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="103" />
      <source>Current</source>
      <translation>Текущая</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/span_styles.py" line="104" />
      <source>Linked</source>
      <translation>Связанная</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="109" />
      <source>Themes</source>
      <translation>Темы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="110" />
      <source>Speakers</source>
      <translation>Говорящие</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="111" />
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="262" />
      <source>Document marked done</source>
      <translation>Документ отмечен как готовый</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="263" />
      <source>Document back in progress</source>
      <translation>Документ снова в работе</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="271" />
      <source>%v of %m done</source>
      <translation>готово %v из %m</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="272" />
      <source>{done} of {total} documents done · {progress} in progress</source>
      <translation>Готово {done} из {total} документов · в работе {progress}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="280" />
      <source>Wait for the running import or export to finish.</source>
      <translation>Дождитесь окончания импорта или экспорта.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="285" />
      <source>Cannot open this project:
{error}

The current project stays open.</source>
      <translation>Не удалось открыть проект:
{error}

Текущий проект остаётся открытым.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="313" />
      <source>New project</source>
      <translation>Новый проект</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="320" />
      <source>Open project</source>
      <translation>Открыть проект</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="329" />
      <source>Import articles</source>
      <translation>Импорт статей</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="330" />
      <source>Articles (*.txt *.docx *.html *.htm *.jsonl *.csv);;All files (*)</source>
      <translation>Статьи (*.txt *.docx *.html *.htm *.jsonl *.csv);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="335" />
      <source>Import a folder of articles</source>
      <translation>Импорт папки со статьями</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="343" />
      <source>Export as {format}</source>
      <translation>Экспорт в формате {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="348" />
      <source>Import {format} file</source>
      <translation>Импорт файла {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="380" />
      <source>annotator</source>
      <translation>annotator</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/main_window.py" line="406" />
      <source>Annotator: {name}</source>
      <translation>Аннотатор: {name}</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../annotator/gui/menus.py" line="18" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="20" />
      <source>Open &amp;recent</source>
      <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="23" />
      <source>Import &amp;annotated file</source>
      <translation>Импорт &amp;размеченного файла</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="24" />
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="30" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="38" />
      <source>&amp;Annotate</source>
      <translation>&amp;Разметка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="47" />
      <source>&amp;Go</source>
      <translation>П&amp;ереход</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="52" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="57" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="93" />
      <source>not available in this installation</source>
      <translation>недоступно в этой установке</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/menus.py" line="107" />
      <source>Clear the list</source>
      <translation>Очистить список</translation>
    </message>
    <message>
      <source>&amp;Review suggestions</source>
      <translation>&amp;Проверка предложений</translation>
    </message>
  </context>
  <context>
    <name>Names</name>
    <message>
      <location filename="../../annotator/gui/names.py" line="15" />
      <source>suggested</source>
      <translation>предложено</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="16" />
      <source>accepted</source>
      <translation>принято</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="17" />
      <source>rejected</source>
      <translation>отклонено</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="18" />
      <source>new</source>
      <translation>новый</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="19" />
      <source>in progress</source>
      <translation>в работе</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="20" />
      <source>done</source>
      <translation>готов</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="21" />
      <source>direct</source>
      <translation>прямая</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="22" />
      <source>indirect</source>
      <translation>косвенная</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="23" />
      <source>quote</source>
      <translation>цитата</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="24" />
      <source>speaker</source>
      <translation>говорящий</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="25" />
      <source>cue</source>
      <translation>маркер речи</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="26" />
      <source>person</source>
      <translation>лицо</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/names.py" line="27" />
      <source>organisation</source>
      <translation>организация</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="35" />
      <source>Preferences</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="41" />
      <source>System language</source>
      <translation>Язык системы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="45" />
      <source>Snap new annotations to word boundaries</source>
      <translation>Выравнивать новую разметку по границам слов</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="47" />
      <source>Suggest quotes, speakers and themes when importing</source>
      <translation>Предлагать цитаты, говорящих и темы при импорте</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="50" />
      <source>Annotator name</source>
      <translation>Имя аннотатора</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="51" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="52" />
      <source>A new language applies when annotator is restarted.</source>
      <translation>Новый язык применяется после перезапуска annotator.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="58" />
      <source>Command</source>
      <translation>Команда</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="58" />
      <source>Shortcut</source>
      <translation>Клавиша</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="68" />
      <source>Restore default shortcuts</source>
      <translation>Вернуть стандартные клавиши</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="75" />
      <source>Keyboard shortcuts:</source>
      <translation>Клавиши:</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="96" />
      <source>{key}: “{first}” and “{second}”</source>
      <translation>{key}: «{first}» и «{second}»</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="104" />
      <source>Shortcuts</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/preferences_dialog.py" line="105" />
      <source>Some keys are used twice; give each command its own key:
</source>
      <translation>Некоторые клавиши назначены дважды; у каждой команды должна быть своя клавиша:
</translation>
    </message>
    <message>
      <source>Common window managers (GNOME, Xfce, Cinnamon, Openbox, KDE) keep these keys for themselves, so they may never reach annotator: {keys}</source>
      <translation>Распространённые оконные менеджеры (GNOME, Xfce, Cinnamon, Openbox, KDE) забирают эти клавиши себе, и до annotator они могут не дойти: {keys}</translation>
    </message>
  </context>
  <context>
    <name>ProjectOperations</name>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="53" />
      <source>Importing</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="63" />
      <source>Importing {format}</source>
      <translation>Импорт {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="76" />
      <source>Export finished</source>
      <translation>Экспорт завершён</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="77" />
      <source>{count} annotation(s) written to {path}</source>
      <translation>Записано аннотаций: {count} в {path}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="80" />
      <source>Exporting {format}</source>
      <translation>Экспорт {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="86" />
      <source>Another operation is still running.</source>
      <translation>Другая операция ещё выполняется.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="89" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="116" />
      <source>Import cancelled</source>
      <translation>Импорт отменён</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="117" />
      <source>Import finished</source>
      <translation>Импорт завершён</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="117" />
      <source>Import finished with problems</source>
      <translation>Импорт завершён с ошибками</translation>
    </message>
    <message>
      <source>document {id}</source>
      <translation>документ {id}</translation>
    </message>
    <message>
      <source>{count} new suggestion(s) in {total} document(s); decided annotations kept.</source>
      <translation>Новых предложений: {count} в документах: {total}; принятые и отклонённые аннотации сохранены.</translation>
    </message>
    <message>
      <source>Cancelled: documents not reached keep their old suggestions.</source>
      <translation>Отменено: необработанные документы сохраняют прежние предложения.</translation>
    </message>
    <message>
      <source>Analysis finished</source>
      <translation>Анализ завершён</translation>
    </message>
    <message>
      <source>Analysing the project</source>
      <translation>Анализ проекта</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="80" />
      <source>{count} row(s) from {documents} document(s) written to {path}</source>
      <translation>Записано в {path}: строк — {count}, из документов: {documents}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="82" />
      <source>{documents} document(s) written to {path}: {spans} span(s), {relations} relation(s), {tags} theme tag(s)</source>
      <translation>Документов записано в {path}: {documents}; фрагментов: {spans}, связей: {relations}, тем: {tags}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="87" />
      <source>{spans} overlapping span(s) in {documents} document(s): one span of each overlap was kept</source>
      <translation>Пересекающихся фрагментов: {spans} в документах: {documents}; из каждого пересечения оставлен один фрагмент</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/project_operations.py" line="91" />
      <source>{spans} overlapping span(s) in {documents} document(s): a doccano project drops them unless “Allow overlapping spans” is on; turn it on, or export again keeping one span of each overlap.</source>
      <translation>Пересекающихся фрагментов: {spans} в документах: {documents}. Проект doccano отбрасывает их, если не включено «Allow overlapping spans»: включите этот параметр или экспортируйте заново, оставив один фрагмент из каждого пересечения.</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <location filename="../../annotator/gui/search_panel.py" line="35" />
      <source>Search all documents (any word form), Enter</source>
      <translation>Поиск по всем документам (любая форма слова), Enter</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/search_panel.py" line="74" />
      <source>{count} document(s) found</source>
      <translation>Найдено документов: {count}</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="34" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="35" />
      <source>Navigate</source>
      <translation>Переход</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="36" />
      <source>Annotate</source>
      <translation>Разметка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="37" />
      <source>Edit</source>
      <translation>Правка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="38" />
      <source>View</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="41" />
      <source>New project…</source>
      <translation>Новый проект…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="42" />
      <source>Open project…</source>
      <translation>Открыть проект…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="43" />
      <source>Import files…</source>
      <translation>Импорт файлов…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="44" />
      <source>Import folder…</source>
      <translation>Импорт папки…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="45" />
      <source>Preferences…</source>
      <translation>Настройки…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="46" />
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="47" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="48" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="49" />
      <source>Find in document</source>
      <translation>Найти в документе</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="50" />
      <source>Find next</source>
      <translation>Найти следующее</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="51" />
      <source>Find previous</source>
      <translation>Найти предыдущее</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="52" />
      <source>Search the corpus</source>
      <translation>Поиск по корпусу</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="53" />
      <source>Edit theme taxonomy…</source>
      <translation>Редактировать таксономию тем…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="54" />
      <source>Next document</source>
      <translation>Следующий документ</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="55" />
      <source>Previous document</source>
      <translation>Предыдущий документ</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="56" />
      <source>Next annotation</source>
      <translation>Следующая разметка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="57" />
      <source>Previous annotation</source>
      <translation>Предыдущая разметка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="58" />
      <source>Next suggestion</source>
      <translation>Следующее предложение</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="59" />
      <source>Previous suggestion</source>
      <translation>Предыдущее предложение</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="60" />
      <source>Go to the document list</source>
      <translation>Перейти к списку документов</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="61" />
      <source>Go to the text</source>
      <translation>Перейти к тексту</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="62" />
      <source>Mark selection as quote</source>
      <translation>Отметить выделение как цитату</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="63" />
      <source>Mark selection as speaker</source>
      <translation>Отметить выделение как говорящего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="64" />
      <source>Mark selection as speech cue</source>
      <translation>Отметить выделение как маркер речи</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="65" />
      <source>Mark selection with a label…</source>
      <translation>Отметить выделение меткой…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="66" />
      <source>Accept suggestion</source>
      <translation>Принять предложение</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="67" />
      <source>Reject suggestion</source>
      <translation>Отклонить предложение</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="68" />
      <source>Accept all suggestions in the document</source>
      <translation>Принять все предложения в документе</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="69" />
      <source>Delete annotation</source>
      <translation>Удалить разметку</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="70" />
      <source>Extend the end by a word</source>
      <translation>Расширить конец на слово</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="71" />
      <source>Shrink the end by a word</source>
      <translation>Сократить конец на слово</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="72" />
      <source>Extend the start by a word</source>
      <translation>Расширить начало на слово</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="73" />
      <source>Shrink the start by a word</source>
      <translation>Сократить начало на слово</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="74" />
      <source>Link quote to a speaker…</source>
      <translation>Связать цитату с говорящим…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="75" />
      <source>Link quote by clicking its speaker</source>
      <translation>Связать цитату щелчком по говорящему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="76" />
      <source>Quote kind: direct</source>
      <translation>Тип цитаты: прямая</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="77" />
      <source>Quote kind: indirect</source>
      <translation>Тип цитаты: косвенная</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="78" />
      <source>Mark document done / not done</source>
      <translation>Документ готов / не готов</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="79" />
      <source>Show rejected suggestions</source>
      <translation>Показывать отклонённые предложения</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="80" />
      <source>Keyboard shortcuts</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="45" />
      <source>New document from clipboard…</source>
      <translation>Новый документ из буфера обмена…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="47" />
      <source>Document properties…</source>
      <translation>Свойства документа…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/shortcuts.py" line="48" />
      <source>Delete document</source>
      <translation>Удалить документ</translation>
    </message>
    <message>
      <source>Review the next kind of suggestion</source>
      <translation>Проверять следующий вид предложений</translation>
    </message>
    <message>
      <source>Review all suggestions</source>
      <translation>Проверять все предложения</translation>
    </message>
    <message>
      <source>Review only quotes</source>
      <translation>Проверять только цитаты</translation>
    </message>
    <message>
      <source>Review only speakers</source>
      <translation>Проверять только говорящих</translation>
    </message>
    <message>
      <source>Review only themes</source>
      <translation>Проверять только темы</translation>
    </message>
    <message>
      <source>Comment on the annotation…</source>
      <translation>Комментарий к аннотации…</translation>
    </message>
    <message>
      <source>Memo on the document…</source>
      <translation>Заметка к документу…</translation>
    </message>
    <message>
      <source>Re-analyse this document</source>
      <translation>Проанализировать документ заново</translation>
    </message>
    <message>
      <source>Re-analyse the whole project…</source>
      <translation>Проанализировать весь проект заново…</translation>
    </message>
  </context>
  <context>
    <name>SpeakerPanel</name>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="50" />
      <source>Speaker</source>
      <translation>Говорящий</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="50" />
      <source>Here</source>
      <translation>Здесь</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="50" />
      <source>Project</source>
      <translation>В проекте</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="58" />
      <source>Rename…</source>
      <translation>Переименовать…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="59" />
      <source>Add alias…</source>
      <translation>Вариант имени…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="60" />
      <source>Merge into…</source>
      <translation>Объединить с…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="61" />
      <source>Set speaker…</source>
      <translation>Назначить…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="62" />
      <source>Point the selected mention at a speaker (new or existing)</source>
      <translation>Связать выбранное упоминание с говорящим (новым или существующим)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="98" />
      <source>(no speaker assigned)</source>
      <translation>(говорящий не назначен)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="126" />
      <source>Aliases: {aliases}</source>
      <translation>Варианты имени: {aliases}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="128" />
      <source>Roles: {roles}</source>
      <translation>Должности: {roles}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="188" />
      <source>Rename speaker</source>
      <translation>Переименовать говорящего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="188" />
      <source>Name in the nominative (shared by the whole project):</source>
      <translation>Имя в именительном падеже (общее для всего проекта):</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="195" />
      <source>Add alias</source>
      <translation>Добавить вариант имени</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="195" />
      <source>Another name or title of this speaker:</source>
      <translation>Другое имя или должность этого говорящего:</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="205" />
      <source>There is no other speaker to merge with</source>
      <translation>Нет другого говорящего для объединения</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="213" />
      <source>Merge speakers</source>
      <translation>Объединить говорящих</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="214" />
      <source>Merge this speaker into (its name becomes an alias):</source>
      <translation>Объединить этого говорящего с (его имя станет вариантом имени):</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="237" />
      <source>Set speaker</source>
      <translation>Назначить говорящего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/speaker_panel.py" line="237" />
      <source>Speaker of this mention (pick or type a new name):</source>
      <translation>Говорящий для этого упоминания (выберите или введите новое имя):</translation>
    </message>
  </context>
  <context>
    <name>TaxonomyEditor</name>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="51" />
      <source>Theme taxonomy</source>
      <translation>Таксономия тем</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="55" />
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="55" />
      <source>Key</source>
      <translation>Клавиша</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="55" />
      <source>Used</source>
      <translation>Исп.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="58" />
      <source>Add theme</source>
      <translation>Добавить тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="59" />
      <source>Add sub-theme</source>
      <translation>Добавить подтему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="60" />
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="70" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="76" />
      <source>lemmas, separated by commas</source>
      <translation>леммы через запятую</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="77" />
      <source>Save theme</source>
      <translation>Сохранить тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="85" />
      <source>Name (Russian)</source>
      <translation>Название (рус.)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="86" />
      <source>Name (English)</source>
      <translation>Название (англ.)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="87" />
      <source>Parent</source>
      <translation>Родительская тема</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="88" />
      <source>Colour</source>
      <translation>Цвет</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="89" />
      <source>Shortcut</source>
      <translation>Клавиша</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="90" />
      <source>Guideline (Russian)</source>
      <translation>Инструкция (рус.)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="91" />
      <source>Guideline (English)</source>
      <translation>Инструкция (англ.)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="92" />
      <source>Keywords</source>
      <translation>Ключевые слова</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="108" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="159" />
      <source>(top level)</source>
      <translation>(верхний уровень)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="179" />
      <source>A colour is written #RRGGBB, e.g. #0072B2</source>
      <translation>Цвет записывается как #RRGGBB, например #0072B2</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="201" />
      <source>New theme {number}</source>
      <translation>Новая тема {number}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="225" />
      <source>Delete theme</source>
      <translation>Удалить тему</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="226" />
      <source>“{name}” tags {count} annotation(s) or document(s). Deleting it removes those tags; its sub-themes move up one level. You can undo this.</source>
      <translation>Темой «{name}» отмечено фрагментов или документов: {count}. Удаление темы снимет эти отметки, а её подтемы поднимутся на уровень выше. Это действие можно отменить.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/taxonomy_editor.py" line="231" />
      <source>Delete theme and its tags</source>
      <translation>Удалить тему и её отметки</translation>
    </message>
    <message>
      <source>Changes are saved as you type; Ctrl+Z undoes them.</source>
      <translation>Изменения сохраняются по мере ввода; Ctrl+Z отменяет их.</translation>
    </message>
    <message>
      <source>A theme needs a Russian name</source>
      <translation>Теме нужно русское название</translation>
    </message>
  </context>
  <context>
    <name>ThemePanel</name>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="62" />
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="62" />
      <source>Key</source>
      <translation>Клавиша</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="72" />
      <source>Tag annotation</source>
      <translation>Отметить фрагмент</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="73" />
      <source>Tag the annotation at the cursor with this theme</source>
      <translation>Отметить этой темой разметку под курсором</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="74" />
      <source>Tag document</source>
      <translation>Отметить документ</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="75" />
      <source>Edit taxonomy…</source>
      <translation>Таксономия…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="81" />
      <source>Accept</source>
      <translation>Принять</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="82" />
      <source>Reject</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="83" />
      <source>Remove</source>
      <translation>Снять</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="100" />
      <source>Themes of this document (suggested ones in italics):</source>
      <translation>Темы документа (предложенные — курсивом):</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/theme_panel.py" line="212" />
      <source>{name}: {count} annotation(s)</source>
      <translation>{name}: фрагментов — {count}</translation>
    </message>
    <message>
      <source>Theme «{name}» removed from the document</source>
      <translation>Тема «{name}» снята с документа</translation>
    </message>
    <message>
      <source>Theme «{name}» added to the document</source>
      <translation>Тема «{name}» добавлена к документу</translation>
    </message>
    <message>
      <source>Theme «{name}» removed from the annotation</source>
      <translation>Тема «{name}» снята с аннотации</translation>
    </message>
    <message>
      <source>Theme «{name}» added to the annotation</source>
      <translation>Тема «{name}» добавлена к аннотации</translation>
    </message>
    <message>
      <source>Theme «{name}» accepted</source>
      <translation>Тема «{name}» принята</translation>
    </message>
    <message>
      <source>Theme «{name}» rejected</source>
      <translation>Тема «{name}» отклонена</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="82" />
      <location filename="../../annotator/gui/export_dialog.py" line="107" />
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="90" />
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="97" />
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="98" />
      <source>Save to</source>
      <translation>Сохранить в</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="129" />
      <source>Annotations</source>
      <translation>Разметка</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="132" />
      <source>Include rejected annotations</source>
      <translation>Включить отклонённую разметку</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="133" />
      <source>Only gold annotations (accepted or adjudicated)</source>
      <translation>Только эталонная разметка (принятая или согласованная)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="137" />
      <source>Everyone</source>
      <translation>Все аннотаторы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="145" />
      <source>Statuses</source>
      <translation>Статусы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="147" />
      <source>Annotator</source>
      <translation>Аннотатор</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="151" />
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="152" />
      <source>All documents</source>
      <translation>Все документы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="157" />
      <source>Only this document: {title}</source>
      <translation>Только этот документ: {title}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="158" />
      <source>none open</source>
      <translation>ни один не открыт</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="172" />
      <source>Any theme</source>
      <translation>Любая тема</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="178" />
      <source>Document status</source>
      <translation>Статус документа</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="179" />
      <source>Tagged with</source>
      <translation>С темой</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="189" />
      <source>Options for {format}</source>
      <translation>Параметры формата {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="199" />
      <source>This format has no options.</source>
      <translation>У этого формата нет параметров.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="223" />
      <source>Export as {format}</source>
      <translation>Экспорт в формате {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="224" />
      <source>Folders (*)</source>
      <translation>Папки (*)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="272" />
      <source>Choose where to save the export.</source>
      <translation>Укажите, куда сохранить экспорт.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="275" />
      <source>The folder {folder} does not exist.</source>
      <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="278" />
      <source>{path} is a file; this format writes a folder.</source>
      <translation>{path} — файл, а этот формат записывает папку.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="280" />
      <source>{path} is a folder; give a file name.</source>
      <translation>{path} — папка; укажите имя файла.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="282" />
      <source>Choose at least one annotation status.</source>
      <translation>Выберите хотя бы один статус разметки.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="284" />
      <source>Choose at least one document status.</source>
      <translation>Выберите хотя бы один статус документов.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_dialog.py" line="293" />
      <source>{path} already exists. Press Export again to replace it.</source>
      <translation>{path} уже существует. Нажмите «Экспорт» ещё раз, чтобы заменить его.</translation>
    </message>
  </context>
  <context>
    <name>ExportOptions</name>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="28" />
      <source>Russian</source>
      <translation>на русском</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="29" />
      <source>English</source>
      <translation>на английском</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="30" />
      <source>Identifiers</source>
      <translation>идентификаторы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="32" />
      <source>Byte-order mark, so that Excel reads Cyrillic</source>
      <translation>Метка порядка байтов (BOM), чтобы Excel прочёл кириллицу</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="35" />
      <source>Theme names</source>
      <translation>Названия тем</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="47" />
      <source>Labels control name</source>
      <translation>Имя элемента меток (Labels)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="48" />
      <source>Text object name</source>
      <translation>Имя текстового объекта (Text)</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="30" />
      <source>annotator JSONL: complete (text, metadata, spans, relations, speakers, themes)</source>
      <translation>JSONL annotator: всё (текст, метаданные, фрагменты, связи, говорящие, темы)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="32" />
      <source>annotator JSON Lines</source>
      <translation>JSON Lines annotator</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="34" />
      <source>CSV of quotes (one row per quote) for spreadsheets and pandas</source>
      <translation>CSV цитат (по строке на цитату) для электронных таблиц и pandas</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="35" />
      <source>CSV table</source>
      <translation>Таблица CSV</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="37" />
      <source>brat standoff folder (.txt + .ann per document, annotation.conf)</source>
      <translation>Папка brat (.txt и .ann для каждого документа, annotation.conf)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="38" />
      <source>brat folder</source>
      <translation>Папка brat</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="40" />
      <source>CoNLL-2003 BIO tokens (razdel) with SPEAKER and QUOTE labels</source>
      <translation>Токены CoNLL-2003 в разметке BIO (razdel) с метками говорящего и цитаты</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="41" />
      <source>CoNLL-2003 text</source>
      <translation>Текст CoNLL-2003</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="43" />
      <source>doccano JSONL (sequence labelling with relations)</source>
      <translation>JSONL doccano (разметка последовательностей со связями)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="44" />
      <source>doccano JSON Lines</source>
      <translation>JSON Lines doccano</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="46" />
      <source>Label Studio JSON tasks (labels + relations) and labelling config</source>
      <translation>Задачи Label Studio в JSON (метки и связи) и конфигурация разметки</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="47" />
      <source>Label Studio tasks</source>
      <translation>Задачи Label Studio</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="49" />
      <source>REFI-QDA project (.qdpx) for QualCoder, ATLAS.ti, MAXQDA, NVivo</source>
      <translation>Проект REFI-QDA (.qdpx) для QualCoder, ATLAS.ti, MAXQDA, NVivo</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/format_info.py" line="50" />
      <source>REFI-QDA project</source>
      <translation>Проект REFI-QDA</translation>
    </message>
  </context>
  <context>
    <name>DocumentActions</name>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="46" />
      <source>Nothing to paste: {reason}</source>
      <translation>Нечего вставить: {reason}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="50" />
      <source>This article is already in the project (document {id}).</source>
      <translation>Эта статья уже есть в проекте (документ {id}).</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="67" />
      <source>New document “{title}”</source>
      <translation>Новый документ «{title}»</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="69" />
      <source>Document “{title}” added</source>
      <translation>Документ «{title}» добавлен</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="88" />
      <source>Edit document properties</source>
      <translation>Изменение свойств документа</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="90" />
      <source>Document properties saved</source>
      <translation>Свойства документа сохранены</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="99" />
      <source>Delete document “{title}”</source>
      <translation>Удаление документа «{title}»</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_actions.py" line="101" />
      <source>Document “{title}” deleted with its annotations (Ctrl+Z brings it back)</source>
      <translation>Документ «{title}» удалён вместе с разметкой (Ctrl+Z вернёт его)</translation>
    </message>
  </context>
  <context>
    <name>DocumentDialog</name>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="36" />
      <source>New document from the clipboard</source>
      <translation>Новый документ из буфера обмена</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="37" />
      <source>Document properties</source>
      <translation>Свойства документа</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="40" />
      <source>Title</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="40" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="40" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="41" />
      <source>URL</source>
      <translation>Адрес (URL)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="47" />
      <source>YYYY-MM-DD</source>
      <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="58" />
      <source>Text ({count} characters; it cannot be changed once stored)</source>
      <translation>Текст (символов: {count}; после сохранения его нельзя изменить)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/document_dialog.py" line="76" />
      <source>The date must be written as YYYY-MM-DD, e.g. 2026-11-27.</source>
      <translation>Дату нужно записать как ГГГГ-ММ-ДД, например 2026-11-27.</translation>
    </message>
  </context>
  <context>
    <name>AdjudicationWindow</name>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="51" />
      <source>Adjudication — {name}</source>
      <translation>Согласование — {name}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="79" />
      <source>Take version {n}</source>
      <translation>Принять версию {n}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="82" />
      <source>Take version A</source>
      <translation>Принять версию A</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="83" />
      <source>Take version B</source>
      <translation>Принять версию B</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="84" />
      <source>Edit: take the selected text</source>
      <translation>Правка: взять выделенный текст</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="85" />
      <source>Drop the item</source>
      <translation>Отбросить пункт</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="86" />
      <source>Undo the last decision</source>
      <translation>Отменить последнее решение</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="87" />
      <source>Next document</source>
      <translation>Следующий документ</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="88" />
      <source>Previous document</source>
      <translation>Предыдущий документ</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="101" />
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="148" />
      <source>Select the text of the gold annotation first, then press E.</source>
      <translation>Сначала выделите текст эталонной разметки, затем нажмите E.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="173" />
      <source>Nothing to undo.</source>
      <translation>Нечего отменять.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="200" />
      <source>green: gold · yellow: the item being settled</source>
      <translation>зелёный: эталон · жёлтый: согласуемый пункт</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="222" />
      <source>Theme: {theme}</source>
      <translation>Тема: {theme}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="230" />
      <source>tagged</source>
      <translation>отмечена</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="230" />
      <source>not tagged</source>
      <translation>не отмечена</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="232" />
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/adjudication_window.py" line="250" />
      <source>{settled} of {total} items settled · {open} open in this document</source>
      <translation>согласовано {settled} из {total} · в этом документе осталось {open}</translation>
    </message>
  </context>
  <context>
    <name>StatisticsView</name>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="40" />
      <location filename="../../annotator/gui/statistics_view.py" line="41" />
      <source>Quotes per speaker</source>
      <translation>Цитаты по спикерам</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="41" />
      <location filename="../../annotator/gui/statistics_view.py" line="43" />
      <source>quotes</source>
      <translation>цитаты</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="42" />
      <location filename="../../annotator/gui/statistics_view.py" line="43" />
      <source>Quotes per theme</source>
      <translation>Цитаты по темам</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="44" />
      <source>Speakers × themes</source>
      <translation>Спикеры × темы</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="45" />
      <source>Speakers × themes (quotes)</source>
      <translation>Спикеры × темы (цитаты)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="46" />
      <source>Agreement per label</source>
      <translation>Согласие по меткам</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="47" />
      <source>Agreement per label (pairwise F1)</source>
      <translation>Согласие по меткам (попарная F1)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="48" />
      <source>Agreement per annotator pair</source>
      <translation>Согласие по парам разметчиков</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="49" />
      <source>Span F1 (exact) per annotator pair</source>
      <translation>F1 фрагментов (точная) по парам разметчиков</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="53" />
      <source>Statistics — {name}</source>
      <translation>Статистика — {name}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="59" />
      <source>Save PNG…</source>
      <translation>Сохранить PNG…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="60" />
      <source>Save SVG…</source>
      <translation>Сохранить SVG…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="77" />
      <source>Quotes counted on the {layer} layer; {count} annotator(s).</source>
      <translation>Цитаты посчитаны по слою «{layer}»; разметчиков: {count}.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="78" />
      <source>gold</source>
      <translation>эталон</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="78" />
      <source>accepted</source>
      <translation>принятые</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="91" />
      <source>Save the plot</source>
      <translation>Сохранить график</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/statistics_view.py" line="75" />
      <source>gold where adjudicated, else accepted</source>
      <translation>эталон, где согласовано, иначе принятые</translation>
    </message>
  </context>
  <context>
    <name>TeamMenu</name>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="20" />
      <source>&amp;Merge projects…</source>
      <translation>&amp;Объединить проекты…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="21" />
      <source>&amp;Adjudicate…</source>
      <translation>&amp;Согласование…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="22" />
      <source>&amp;Statistics…</source>
      <translation>С&amp;татистика…</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="29" />
      <source>&amp;Team</source>
      <translation>&amp;Команда</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="56" />
      <source>Projects to merge</source>
      <translation>Проекты для объединения</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="62" />
      <source>Team project to write</source>
      <translation>Общий проект команды</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="75" />
      <source>The merge failed:
{error}</source>
      <translation>Объединение не удалось:
{error}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/team_menu.py" line="83" />
      <source>Merge finished</source>
      <translation>Объединение завершено</translation>
    </message>
  </context>
  <context>
    <name>NoteDialog</name>
    <message>
      <source>Ctrl+Enter saves; an empty note is removed.</source>
      <translation>Ctrl+Enter сохраняет; пустая заметка удаляется.</translation>
    </message>
  </context>
  <context>
    <name>NoteEditor</name>
    <message>
      <source>No annotation at the cursor (Ctrl+M writes a memo on the document)</source>
      <translation>Под курсором нет аннотации (Ctrl+M — заметка к документу)</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <source>Comment on «{text}»:</source>
      <translation>Комментарий к «{text}»:</translation>
    </message>
    <message>
      <source>Comment saved</source>
      <translation>Комментарий сохранён</translation>
    </message>
    <message>
      <source>Comment removed</source>
      <translation>Комментарий удалён</translation>
    </message>
    <message>
      <source>Document memo</source>
      <translation>Заметка к документу</translation>
    </message>
    <message>
      <source>Memo on «{title}»:</source>
      <translation>Заметка к «{title}»:</translation>
    </message>
    <message>
      <source>Memo saved</source>
      <translation>Заметка сохранена</translation>
    </message>
    <message>
      <source>Memo removed</source>
      <translation>Заметка удалена</translation>
    </message>
  </context>
  <context>
    <name>Reanalysis</name>
    <message>
      <source>The analysis is not installed in this copy of annotator.</source>
      <translation>В этой установке annotator нет модуля анализа.</translation>
    </message>
    <message>
      <source>Re-analyse document</source>
      <translation>Повторный анализ документа</translation>
    </message>
    <message>
      <source>Analysed again: {count} new suggestion(s); your decisions are kept (Ctrl+Z undoes)</source>
      <translation>Проанализировано заново: новых предложений — {count}; ваши решения сохранены (Ctrl+Z отменяет)</translation>
    </message>
    <message>
      <source>Re-analyse the project</source>
      <translation>Повторный анализ проекта</translation>
    </message>
    <message>
      <source>Run the analysis again on all {count} document(s)?

Suggestions nobody has decided yet are replaced by new ones; accepted, rejected and hand-made annotations are kept. This cannot be undone, and the undo history is cleared.</source>
      <translation>Заново проанализировать все документы ({count})?

Предложения, по которым ещё нет решения, заменятся новыми; принятые, отклонённые и созданные вручную аннотации сохранятся. Это нельзя отменить, история отмены будет очищена.</translation>
    </message>
    <message>
      <source>Re-analyse</source>
      <translation>Анализировать заново</translation>
    </message>
  </context>
  <context>
    <name>ReviewMode</name>
    <message>
      <source>Reviewing all suggestions</source>
      <translation>Проверка: все предложения</translation>
    </message>
    <message>
      <source>Reviewing only quotes</source>
      <translation>Проверка: только цитаты</translation>
    </message>
    <message>
      <source>Reviewing only speakers</source>
      <translation>Проверка: только говорящие</translation>
    </message>
    <message>
      <source>Reviewing only themes</source>
      <translation>Проверка: только темы</translation>
    </message>
  </context>
  <context>
    <name>SpeakerChooser</name>
    <message>
      <source>Type to filter; ↑↓ to move; Enter to choose; Esc to leave</source>
      <translation>Наберите для поиска; ↑↓ — выбор; Enter — назначить; Esc — оставить как есть</translation>
    </message>
    <message>
      <source>New speaker: «{name}»</source>
      <translation>Новый говорящий: «{name}»</translation>
    </message>
    <message>
      <source>{name} (from other articles)</source>
      <translation>{name} (из других статей)</translation>
    </message>
    <message>
      <source>{name} (no speaker assigned) · {count} mention(s) here</source>
      <translation>{name} (говорящий не назначен) · упоминаний здесь: {count}</translation>
    </message>
    <message>
      <source>{name} · {count} mention(s) here</source>
      <translation>{name} · упоминаний здесь: {count}</translation>
    </message>
  </context>
  <context>
    <name>StatusFeedback</name>
    <message>
      <source>Memo: {text}</source>
      <translation>Заметка: {text}</translation>
    </message>
    <message>
      <source>Nothing to undo</source>
      <translation>Нечего отменять</translation>
    </message>
    <message>
      <source>Undone: {edit}</source>
      <translation>Отменено: {edit}</translation>
    </message>
    <message>
      <source>Nothing to redo</source>
      <translation>Нечего повторять</translation>
    </message>
    <message>
      <source>Redone: {edit}</source>
      <translation>Повторено: {edit}</translation>
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="42" />
      <location filename="../../annotator/gui/welcome_dialog.py" line="48" />
      <source>Welcome to annotator</source>
      <translation>Добро пожаловать в annotator</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="55" />
      <source>This project starts with {count} sample articles: interviews, briefings, news items and a joint statement on Russian foreign policy, written for practice (they are not real publications). Quotes, speakers and themes are already suggested, drawn dashed: accept or correct them.</source>
      <translation>В этом проекте статей-примеров: {count}. Это интервью, брифинги, новости и совместное заявление о внешней политике России, написанные для упражнений (это не настоящие публикации). Цитаты, говорящие и темы уже предложены и обведены пунктиром: примите или исправьте их.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="61" />
      <source>Five keys do most of the work (in the text):</source>
      <translation>Почти всю работу делают пять клавиш (в тексте):</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="63" />
      <source>Every edit is saved at once, in this project file:</source>
      <translation>Каждая правка сразу сохраняется в файле проекта:</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="68" />
      <source>Import your own articles from the File menu; F1 lists every shortcut.</source>
      <translation>Свои статьи импортируйте через меню «Файл»; F1 покажет все сочетания клавиш.</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="71" />
      <source>Don't show this again</source>
      <translation>Больше не показывать</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="74" />
      <source>Start</source>
      <translation>Начать</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="81" />
      <source>go to the next suggestion</source>
      <translation>перейти к следующему предложению</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="82" />
      <source>accept it</source>
      <translation>принять его</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="83" />
      <source>reject it</source>
      <translation>отклонить его</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="84" />
      <source>mark the selection as a quote / as a speaker</source>
      <translation>отметить выделенное как цитату / как говорящего</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/welcome_dialog.py" line="85" />
      <source>link the quote to its speaker</source>
      <translation>связать цитату с говорящим</translation>
    </message>
  </context>
  <context>
    <name>ExportOptionsDialog</name>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="27" />
      <source>{format} export options</source>
      <translation>Параметры экспорта {format}</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="32" />
      <source>UTF-16 units: a default doccano project</source>
      <translation>Единицы UTF-16: обычный проект doccano</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="33" />
      <source>Grapheme clusters: a doccano project with grapheme mode on</source>
      <translation>Графемы: проект doccano с включённым режимом графем</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="34" />
      <source>Code points: Python tools</source>
      <translation>Кодовые точки: инструменты на Python</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="37" />
      <source>Offsets</source>
      <translation>Смещения</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="38" />
      <source>Keep one span of each overlap (for projects that do not allow overlapping spans)</source>
      <translation>Оставить один фрагмент из каждого пересечения (для проектов, где пересечения запрещены)</translation>
    </message>
    <message>
      <location filename="../../annotator/gui/export_options.py" line="42" />
      <source>doccano draws UTF-16 offsets unless the project's grapheme mode is on; it drops overlapping spans unless “Allow overlapping spans” is on.</source>
      <translation>doccano считает смещения в единицах UTF-16, если в проекте не включён режим графем; пересекающиеся фрагменты он отбрасывает, если не включено «Allow overlapping spans».</translation>
    </message>
  </context>
</TS>