/**
 * Reference tables for believable Indian borrowers: real city / state / pincode combinations
 * (head post office pincodes), the language people there most often speak (ISO 639-1, as
 * Credgenics' applicant_language expects) and name pools per language.
 */

export type LanguageCode = 'hi' | 'mr' | 'gu' | 'ta' | 'bn' | 'te' | 'kn' | 'ml' | 'pa' | 'or' | 'as';

export interface City {
  city: string;
  state: string;
  pincode: number;
  language: LanguageCode;
}

export const CITIES: readonly City[] = [
  { city: 'Mumbai', state: 'Maharashtra', pincode: 400001, language: 'mr' },
  { city: 'Pune', state: 'Maharashtra', pincode: 411001, language: 'mr' },
  { city: 'Nagpur', state: 'Maharashtra', pincode: 440001, language: 'mr' },
  { city: 'Nashik', state: 'Maharashtra', pincode: 422001, language: 'mr' },
  { city: 'Kolhapur', state: 'Maharashtra', pincode: 416001, language: 'mr' },
  { city: 'Ahmedabad', state: 'Gujarat', pincode: 380001, language: 'gu' },
  { city: 'Surat', state: 'Gujarat', pincode: 395003, language: 'gu' },
  { city: 'Vadodara', state: 'Gujarat', pincode: 390001, language: 'gu' },
  { city: 'Rajkot', state: 'Gujarat', pincode: 360001, language: 'gu' },
  { city: 'Bhuj', state: 'Gujarat', pincode: 370001, language: 'gu' },
  { city: 'Chennai', state: 'Tamil Nadu', pincode: 600001, language: 'ta' },
  { city: 'Coimbatore', state: 'Tamil Nadu', pincode: 641001, language: 'ta' },
  { city: 'Madurai', state: 'Tamil Nadu', pincode: 625001, language: 'ta' },
  { city: 'Tiruchirappalli', state: 'Tamil Nadu', pincode: 620001, language: 'ta' },
  { city: 'Salem', state: 'Tamil Nadu', pincode: 636001, language: 'ta' },
  { city: 'Kolkata', state: 'West Bengal', pincode: 700001, language: 'bn' },
  { city: 'Howrah', state: 'West Bengal', pincode: 711101, language: 'bn' },
  { city: 'Siliguri', state: 'West Bengal', pincode: 734001, language: 'bn' },
  { city: 'Durgapur', state: 'West Bengal', pincode: 713201, language: 'bn' },
  { city: 'Lucknow', state: 'Uttar Pradesh', pincode: 226001, language: 'hi' },
  { city: 'Kanpur', state: 'Uttar Pradesh', pincode: 208001, language: 'hi' },
  { city: 'Varanasi', state: 'Uttar Pradesh', pincode: 221001, language: 'hi' },
  { city: 'Agra', state: 'Uttar Pradesh', pincode: 282001, language: 'hi' },
  { city: 'Patna', state: 'Bihar', pincode: 800001, language: 'hi' },
  { city: 'Jaipur', state: 'Rajasthan', pincode: 302001, language: 'hi' },
  { city: 'Jodhpur', state: 'Rajasthan', pincode: 342001, language: 'hi' },
  { city: 'Alwar', state: 'Rajasthan', pincode: 301001, language: 'hi' },
  { city: 'Bhopal', state: 'Madhya Pradesh', pincode: 462001, language: 'hi' },
  { city: 'Indore', state: 'Madhya Pradesh', pincode: 452001, language: 'hi' },
  { city: 'New Delhi', state: 'Delhi', pincode: 110001, language: 'hi' },
  { city: 'Gurugram', state: 'Haryana', pincode: 122001, language: 'hi' },
  { city: 'Sonipat', state: 'Haryana', pincode: 131001, language: 'hi' },
  { city: 'Hyderabad', state: 'Telangana', pincode: 500001, language: 'te' },
  { city: 'Warangal', state: 'Telangana', pincode: 506002, language: 'te' },
  { city: 'Visakhapatnam', state: 'Andhra Pradesh', pincode: 530001, language: 'te' },
  { city: 'Vijayawada', state: 'Andhra Pradesh', pincode: 520001, language: 'te' },
  { city: 'Bengaluru', state: 'Karnataka', pincode: 560001, language: 'kn' },
  { city: 'Mysuru', state: 'Karnataka', pincode: 570001, language: 'kn' },
  { city: 'Hubballi', state: 'Karnataka', pincode: 580020, language: 'kn' },
  { city: 'Kochi', state: 'Kerala', pincode: 682001, language: 'ml' },
  { city: 'Thiruvananthapuram', state: 'Kerala', pincode: 695001, language: 'ml' },
  { city: 'Ludhiana', state: 'Punjab', pincode: 141001, language: 'pa' },
  { city: 'Amritsar', state: 'Punjab', pincode: 143001, language: 'pa' },
  { city: 'Bhubaneswar', state: 'Odisha', pincode: 751001, language: 'or' },
  { city: 'Guwahati', state: 'Assam', pincode: 781001, language: 'as' },
];

interface NamePool {
  male: readonly string[];
  female: readonly string[];
  surnames: readonly string[];
}

export const NAMES: Readonly<Record<LanguageCode, NamePool>> = {
  hi: {
    male: ['Rajesh', 'Suresh', 'Amit', 'Vikas', 'Rahul', 'Sanjay', 'Manoj', 'Ravi', 'Deepak', 'Ajay', 'Pankaj', 'Alok'],
    female: ['Sunita', 'Pooja', 'Neha', 'Anita', 'Priya', 'Kavita', 'Rekha', 'Seema', 'Anjali', 'Meena', 'Shalini'],
    surnames: ['Sharma', 'Verma', 'Gupta', 'Yadav', 'Singh', 'Mishra', 'Chauhan', 'Tiwari', 'Pandey', 'Saxena', 'Meena', 'Rathore'],
  },
  mr: {
    male: ['Sachin', 'Prasad', 'Mahesh', 'Ganesh', 'Nilesh', 'Sandeep', 'Vaibhav', 'Tushar', 'Omkar', 'Rohit'],
    female: ['Snehal', 'Ashwini', 'Pallavi', 'Madhuri', 'Sayali', 'Shubhangi', 'Vaishali', 'Aarti', 'Rupali'],
    surnames: ['Patil', 'Deshmukh', 'Jadhav', 'Kulkarni', 'Pawar', 'Shinde', 'Gaikwad', 'Joshi', 'Bhosale', 'More'],
  },
  gu: {
    male: ['Keval', 'Hitesh', 'Jignesh', 'Bhavesh', 'Nirav', 'Chirag', 'Mehul', 'Paresh', 'Dhaval', 'Kalpesh'],
    female: ['Hetal', 'Bhavna', 'Falguni', 'Komal', 'Nisha', 'Jinal', 'Krupa', 'Dhara', 'Hiral'],
    surnames: ['Patel', 'Shah', 'Desai', 'Mehta', 'Gor', 'Parmar', 'Solanki', 'Chauhan', 'Trivedi', 'Joshi'],
  },
  ta: {
    male: ['Murugan', 'Karthik', 'Senthil', 'Arun', 'Saravanan', 'Vignesh', 'Ramesh', 'Balaji', 'Prakash', 'Selvam'],
    female: ['Lakshmi', 'Meenakshi', 'Kavitha', 'Divya', 'Priya', 'Revathi', 'Saranya', 'Malathi', 'Gayathri'],
    surnames: ['Subramanian', 'Raman', 'Krishnan', 'Natarajan', 'Pillai', 'Murugesan', 'Sundaram', 'Venkatesan', 'Iyer'],
  },
  bn: {
    male: ['Sourav', 'Arindam', 'Debashis', 'Subhajit', 'Partha', 'Tanmoy', 'Abhijit', 'Sudip', 'Anirban', 'Rajib'],
    female: ['Moumita', 'Sreeparna', 'Rupa', 'Tanushree', 'Payel', 'Sutapa', 'Mitali', 'Ananya', 'Rituparna'],
    surnames: ['Banerjee', 'Chatterjee', 'Mukherjee', 'Das', 'Ghosh', 'Bose', 'Sen', 'Chakraborty', 'Roy', 'Dutta'],
  },
  te: {
    male: ['Srinivas', 'Venkatesh', 'Ravi Teja', 'Naresh', 'Mahesh Babu', 'Krishna', 'Suresh', 'Anil'],
    female: ['Padmavathi', 'Sravani', 'Swathi', 'Lavanya', 'Bhavani', 'Sirisha', 'Madhavi'],
    surnames: ['Reddy', 'Rao', 'Naidu', 'Chowdary', 'Varma', 'Goud', 'Raju', 'Kumar'],
  },
  kn: {
    male: ['Manjunath', 'Basavaraj', 'Prashanth', 'Girish', 'Raghavendra', 'Shivakumar', 'Naveen', 'Harish'],
    female: ['Shwetha', 'Deepa', 'Roopa', 'Sahana', 'Vidya', 'Pavithra', 'Rashmi'],
    surnames: ['Gowda', 'Hegde', 'Shetty', 'Rao', 'Patil', 'Naik', 'Kulkarni', 'Bhat'],
  },
  ml: {
    male: ['Anil', 'Biju', 'Sajeev', 'Rajeev', 'Vinod', 'Shibu', 'Jithin', 'Arjun'],
    female: ['Anju', 'Bindu', 'Reshma', 'Sreeja', 'Divya', 'Lekha', 'Aswathy'],
    surnames: ['Nair', 'Menon', 'Pillai', 'Kurup', 'Thomas', 'Varghese', 'Panicker', 'Kumar'],
  },
  pa: {
    male: ['Gurpreet', 'Harpreet', 'Jaspal', 'Manpreet', 'Sukhwinder', 'Baljit', 'Amandeep', 'Kuldeep'],
    female: ['Simran', 'Harleen', 'Jasleen', 'Navneet', 'Rupinder', 'Kirandeep', 'Manjit'],
    surnames: ['Singh', 'Kaur', 'Sandhu', 'Gill', 'Dhillon', 'Sidhu', 'Grewal', 'Brar'],
  },
  or: {
    male: ['Biswajit', 'Prasanta', 'Sambit', 'Debasis', 'Manas', 'Sanjib', 'Ashok'],
    female: ['Sasmita', 'Pragyan', 'Itishree', 'Subhashree', 'Madhusmita', 'Lipsa'],
    surnames: ['Mohanty', 'Patnaik', 'Sahoo', 'Mishra', 'Behera', 'Nayak', 'Swain', 'Panda'],
  },
  as: {
    male: ['Bhaskar', 'Pranjal', 'Dhruba', 'Jayanta', 'Nayan', 'Hemanta', 'Rupam'],
    female: ['Pallabi', 'Nilakshi', 'Dipanwita', 'Jonali', 'Rashmi', 'Anamika'],
    surnames: ['Baruah', 'Bora', 'Gogoi', 'Saikia', 'Kalita', 'Hazarika', 'Deka', 'Sharma'],
  },
};

export const LOCALITIES: readonly string[] = [
  'Station Road', 'Gandhi Nagar', 'MG Road', 'Shivaji Nagar', 'Nehru Colony', 'Sadar Bazaar',
  'Civil Lines', 'Ram Nagar', 'Subhash Chowk', 'Indira Colony', 'Ambedkar Nagar', 'Old Market',
  'Rajiv Gandhi Nagar', 'Jawahar Colony', 'Laxmi Nagar', 'Netaji Road', 'Ganesh Peth', 'Anna Nagar',
  'Kalyan Nagar', 'Patel Chowk',
];

export const LANDMARKS: readonly string[] = [
  'Near Hanuman Mandir', 'Opp. SBI Branch', 'Behind Bus Stand', 'Near Government School',
  'Opp. Post Office', 'Near Water Tank', 'Beside Petrol Pump', '',
];

export interface Bank {
  name: string;
  ifscPrefix: string;
  /** The id GLAAS' OCR reports (bank_id); any stable number will do. */
  id: number;
}

export const BANKS: readonly Bank[] = [
  { name: 'State Bank of India', ifscPrefix: 'SBIN', id: 1 },
  { name: 'HDFC Bank', ifscPrefix: 'HDFC', id: 2 },
  { name: 'ICICI Bank', ifscPrefix: 'ICIC', id: 3 },
  { name: 'Axis Bank', ifscPrefix: 'UTIB', id: 4 },
  { name: 'Punjab National Bank', ifscPrefix: 'PUNB', id: 5 },
  { name: 'Bank of Baroda', ifscPrefix: 'BARB', id: 6 },
  { name: 'Canara Bank', ifscPrefix: 'CNRB', id: 7 },
  { name: 'Kotak Mahindra Bank', ifscPrefix: 'KKBK', id: 8 },
  { name: 'Union Bank of India', ifscPrefix: 'UBIN', id: 9 },
  { name: 'Indian Bank', ifscPrefix: 'IDIB', id: 10 },
];

/** The (fictional) lender whose book the sandbox serves. */
export const LENDER = {
  name: 'Sahyog Finance Ltd',
  cin: 'U65910MH2012PLC231456',
  emailDomain: 'sahyogfinance.in',
  callerId: '8045671200',
} as const;

export const OCCUPATIONS: readonly string[] = [
  'Shop owner', 'Salaried', 'Auto driver', 'Tailor', 'Farmer', 'Teacher', 'Electrician',
  'Kirana store', 'Vegetable vendor', 'Delivery partner', 'Self employed', 'Mechanic',
];

export const BUSINESSES: readonly string[] = [
  'Collection', 'Traders', 'General Stores', 'Enterprises', 'Mobile Point', 'Tailors',
  'Hardware', 'Kirana Bhandar', 'Electricals', 'Garments',
];
