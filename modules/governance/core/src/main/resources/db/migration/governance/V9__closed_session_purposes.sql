-- The purposes of G.S. 143-318.11(a) for which a public body may hold a closed session, each with its subsection; a
-- motion to go into closed session cites one (G.S. 143-318.11(c)); some need more in the motion (citation_needed).

insert into gov_closed_session_purpose (code, subsection, description, citation_needed) values
('a1', 'G.S. 143-318.11(a)(1)', 'To prevent the disclosure of information that is privileged or confidential under the law of this State or of the United States, or not a public record within the meaning of Chapter 132',
    'the name or citation of the law that makes the information privileged or confidential'),
('a2', 'G.S. 143-318.11(a)(2)', 'To prevent the premature disclosure of an honorary degree, scholarship, prize or similar award', null),
('a3', 'G.S. 143-318.11(a)(3)', 'To consult with an attorney employed or retained by the public body in order to preserve the attorney-client privilege',
    'the parties of any existing lawsuit the body expects to discuss'),
('a4', 'G.S. 143-318.11(a)(4)', 'To discuss matters relating to the location or expansion of industries or other businesses in the area served by the public body', null),
('a5', 'G.S. 143-318.11(a)(5)', 'To establish or instruct the body''s staff or agents on the position to take in negotiating the acquisition of real property or the terms of an employment contract', null),
('a6', 'G.S. 143-318.11(a)(6)', 'To consider the qualifications, competence, performance, character, fitness or conditions of appointment or employment of a public officer or employee, or a complaint against one', null),
('a7', 'G.S. 143-318.11(a)(7)', 'To plan, conduct or hear reports concerning investigations of alleged criminal misconduct', null),
('a8', 'G.S. 143-318.11(a)(8)', 'To formulate plans by a local board of education relating to emergency response to incidents of school violence', null),
('a9', 'G.S. 143-318.11(a)(9)', 'To discuss and take action regarding plans to protect public safety as it relates to existing or potential terrorist activity', null),
('a10', 'G.S. 143-318.11(a)(10)', 'To view a recording released under G.S. 132-1.4A', null);
